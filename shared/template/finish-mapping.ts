/**
 * The mapping's last step, once every column has its field: a contact person in a list without
 * companies is the customer, and the fields are indexed by column, with their units and what is missing.
 */
import type { Template } from './schema';
import { companyField, contactField, customerNameField } from './column-evidence';
import { headerUnit, unitFits } from '../normalise/header-unit';
import type { ColumnMapping, HeaderMapping } from './column-mapping';

/** Settles who the customers are, then indexes the columns and lists the missing fields. */
export function finishMapping(columns: ColumnMapping[], template: Template): HeaderMapping {
  const nameKey = customerNameField(template)?.key;
  const contactKey = contactField(template)?.key;
  const companyKey = companyField(template)?.key;
  const holds = (key: string | undefined) => key !== undefined && columns.some((c) => c.field === key);
  // A contact person in a list without companies is the customer: 联系人 in a list of people.
  if (nameKey && contactKey && !holds(nameKey) && !holds(companyKey)) {
    const contact = columns.find((c) => c.field === contactKey && c.match !== 'manual');
    if (contact) contact.field = nameKey;
  }

  const byField: Record<string, number> = {};
  const nameParts: { given?: number; family?: number } = {};
  for (const column of columns) {
    if (!column.field) continue;
    const unit = column.part ? null : headerUnit(column.header);
    const kind = unit && template.fields.find((f) => f.key === column.field)?.kind;
    if (unit && kind && unitFits(unit, kind)) column.unit = unit.unit;
    if (column.part) nameParts[column.part] = column.col;
    else byField[column.field] = column.col;
  }
  const hasParts = nameParts.given !== undefined || nameParts.family !== undefined;
  const customers =
    companyKey && byField[companyKey] !== undefined && nameKey && byField[nameKey] === undefined && !hasParts
      ? 'company'
      : 'person';
  const missing = template.fields
    .filter(
      (f) =>
        byField[f.key] === undefined &&
        !(f.kind === 'personName' && f.key === nameKey && (hasParts || customers === 'company')),
    )
    .map((f) => f.key);
  return { columns, byField, ...(hasParts ? { nameParts } : {}), missing, customers };
}
