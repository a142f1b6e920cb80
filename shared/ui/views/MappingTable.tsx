/** One row per sheet column: its header, a dropdown of template fields (the correction), how it matched. */
import {
  Badge,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import { columnLetter } from '../../sheet/a1';
import type { ColumnMapping, HeaderMapping } from '../../template/header-mapping';
import type { Template } from '../../template/schema';
import { useLocale, useT, type UiKey } from '../i18n';

const useStyles = makeStyles({
  header: {
    wordBreak: 'break-word',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: '2px',
    paddingBlock: '4px',
  },
  fieldCell: { width: '60%' },
});

const MATCH_BADGE: Record<
  ColumnMapping['match'],
  { key: UiKey; color: 'success' | 'informative' | 'warning' | 'brand' | 'subtle' }
> = {
  label: { key: 'setup.match.label', color: 'success' },
  synonym: { key: 'setup.match.synonym', color: 'success' },
  partial: { key: 'setup.match.partial', color: 'warning' },
  values: { key: 'setup.match.values', color: 'warning' },
  manual: { key: 'setup.match.manual', color: 'brand' },
  none: { key: 'setup.match.none', color: 'subtle' },
};

const SECOND_BADGE: (typeof MATCH_BADGE)[ColumnMapping['match']] = { key: 'setup.match.second', color: 'informative' };

export interface MappingTableProps {
  mapping: HeaderMapping;
  template: Template;
  disabled: boolean;
  onChange(header: string, field: string | null): void;
}

/** A second column of a field (座机 beside 手机, Mobile beside Phone): checked and cleaned as that field. */
const SECOND = 'second';

export function valueOf(column: ColumnMapping): string {
  if (!column.field) return column.secondOf ? SECOND : '';
  return column.part ? `${column.field}.${column.part}` : column.field;
}

export function MappingTable({ mapping, template, disabled, onChange }: MappingTableProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const options = template.fields.flatMap((field) => {
    const label = field.labels[locale];
    const whole = { value: field.key, label };
    if (field.kind !== 'personName') return [whole];
    return [
      whole,
      { value: `${field.key}.given`, label: t('setup.givenName', { field: label }) },
      { value: `${field.key}.family`, label: t('setup.familyName', { field: label }) },
    ];
  });

  return (
    <Table size="small" aria-label={t('setup.field')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('setup.header')}</TableHeaderCell>
          <TableHeaderCell className={styles.fieldCell}>{t('setup.field')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {mapping.columns.map((column) => {
          const second =
            !column.field && column.secondOf ? template.fields.find((f) => f.key === column.secondOf) : undefined;
          const badge = second ? SECOND_BADGE : MATCH_BADGE[column.match];
          const letter = columnLetter(column.col);
          return (
            <TableRow key={column.col} data-testid={`mapping-${letter}`}>
              <TableCell>
                <div className={styles.header}>
                  <span>
                    {letter} · {column.header || '—'}
                  </span>
                  <Badge appearance="tint" color={badge.color} size="small">
                    {t(badge.key)}
                  </Badge>
                </div>
              </TableCell>
              <TableCell className={styles.fieldCell}>
                <Select
                  size="small"
                  value={valueOf(column)}
                  disabled={disabled || !column.header}
                  aria-label={t('setup.fieldFor', { column: letter, header: column.header })}
                  onChange={(_, data) => {
                    // The second column is what the sheet already reads: choosing it again changes nothing.
                    if (data.value !== SECOND) onChange(column.header, data.value === '' ? null : data.value);
                  }}
                >
                  {second && <option value={SECOND}>{t('setup.secondOf', { field: second.labels[locale] })}</option>}
                  <option value="">{t('setup.leaveAlone')}</option>
                  {options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </Select>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
