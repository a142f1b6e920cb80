/** `custodian check FILE [--sheet NAME] [--json]`: the issues, and exit 1 when any is an error. */
import { parseArgs } from 'node:util';
import { resolveContext } from '../../shared/operations/options';
import { checkSheet } from '../../shared/check/check-sheet';
import { mappingToJson, type ColumnMapping, type HeaderMapping } from '../../shared/template/header-mapping';
import type { Issue } from '../../shared/check/issue';
import { cellText } from '../../shared/sheet/cell-value';
import { EXIT } from '../cli-error';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { toJson } from '../json-output';
import { formatTable } from '../text-width';
import { readWorkbookFile, requireCustomerList } from '../io/read-workbook';
import type { SheetChoice } from '../io/loaded-workbook';
import { createProgress, progressLabel } from '../progress';
import { inputPath } from './input-path';
import { withMapOption } from '../map-option';

const TABLE_LIMIT = 500;

export async function checkCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      sheet: { type: 'string' },
      json: { type: 'boolean', default: false },
      locale: { type: 'string' },
      template: { type: 'string' },
      today: { type: 'string' },
      map: { type: 'string' },
    },
  });
  const file = inputPath(positionals, io, 'check');
  const options = operationOptions(values);
  const loaded = await readWorkbookFile(file, {
    sheet: values.sheet,
    template: options.template,
    readOnly: true,
    snapshotOnly: true,
  });
  requireCustomerList(loaded);
  const progress = createProgress({
    enabled: !values.json,
    label: progressLabel('checking', resolveContext(loaded.snapshot, options).locale),
    stream: io.stderr,
  });
  const result = checkSheet(loaded.snapshot, {
    ...withMapOption(options, values.map, loaded.snapshot),
    onProgress: (p) => progress.update(p.done, p.total),
  });
  progress.finish();

  if (values.json) {
    io.stdout.write(
      `${toJson({ issues: result.issues, rows: result.rows, mapping: mappingToJson(result.mapping) })}\n`,
    );
  } else {
    io.stdout.write(formatSheetChoice(loaded.snapshot.name, loaded.sheetChoice));
    io.stdout.write(formatReport(loaded.displayName, loaded.snapshot.name, result.issues, result.rows, result.mapping));
  }
  return result.issues.some((i) => i.severity === 'error') ? EXIT.errorsFound : EXIT.ok;
}

/** "Checked sheet 客户列表 (of 3: 说明, 客户列表, 字典)" when the workbook had sheets to choose from. */
export function formatSheetChoice(sheet: string, choice: SheetChoice | undefined, verb = 'Checked'): string {
  if (!choice || choice.by !== 'headers' || choice.sheets.length < 2) return '';
  return `${verb} sheet ${sheet} (of ${choice.sheets.length}: ${choice.sheets.join(', ')}); name another with --sheet.\n`;
}

function formatReport(file: string, sheet: string, issues: Issue[], rows: number, mapping: HeaderMapping): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const lines = [
    `${file} [${sheet}]: ${rows} rows checked, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  ];
  lines.push('', formatMapping(mapping));
  if (issues.length > 0) {
    const shown = issues.slice(0, TABLE_LIMIT);
    const table = formatTable(
      ['Row', 'Column', 'Severity', 'Value', 'Problem'],
      shown.map((i) => [String(i.row), i.column, i.severity, cellText(i.value), i.message]),
      [7, 16, 8, 28, 90],
    );
    lines.push('', table);
    if (issues.length > shown.length)
      lines.push(`… and ${issues.length - shown.length} more (use --json for all of them)`);
  } else {
    lines.push('', 'No problems found.');
  }
  return `${lines.join('\n')}\n`;
}

const SHAPE_WORDS: Partial<Record<NonNullable<ColumnMapping['evidence']>, string>> = {
  company: 'company names',
  email: 'email addresses',
  phone: 'phone numbers',
};

/** Why a column got its field, when the header alone does not say: the values decided, or the user did. */
function mappingReason(column: ColumnMapping): string {
  if (column.match === 'manual') return ' (your correction)';
  const shape = column.evidence ? SHAPE_WORDS[column.evidence] : undefined;
  if (column.redirected && shape) return ` (the values are ${shape})`;
  if (column.match === 'values' && shape) return ` (from the values: ${shape})`;
  return '';
}

export function formatMapping(mapping: HeaderMapping): string {
  const mapped = mapping.columns
    .filter((c) => c.field)
    .map((c) => `${c.header} → ${c.field}${c.part ? `.${c.part}` : ''}${mappingReason(c)}`);
  const unmapped = mapping.columns.filter((c) => !c.field && c.header).map((c) => c.header);
  const lines = [`Columns: ${mapped.join(', ') || 'none recognised'}`];
  if (unmapped.length > 0) lines.push(`Left as they are: ${unmapped.join(', ')}`);
  if (mapping.customers === 'company')
    lines.push('The customers are companies: the company column names each one, so no person-name column is needed.');
  return lines.join('\n');
}
