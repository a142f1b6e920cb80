/**
 * `custodian export FILE --to zoho|salesforce|hubspot|fxiaoke [--object contacts|accounts|leads]
 * -o OUT.csv|OUT.xlsx [--map FILE] [--json] [--strict]`: the list in a CRM's import layout. Parts
 * beyond the CRM's caps and the accounts of company-only rows go to files named after OUT
 * (OUT-part2.csv, OUT-accounts.csv). The mapping report goes to stderr, and in --json to stdout.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { progressLabel } from '../progress';
import { resolveContext } from '../../shared/operations/options';
import { parseArgs } from 'node:util';
import {
  CRMS,
  CRM_OBJECTS,
  crmLayout,
  defaultObject,
  isCrmId,
  isCrmObject,
  objectsOf,
  type CrmId,
  type CrmLayout,
} from '../../shared/export/crm-layouts';
import { applyMapFile } from '../../shared/export/map-file';
import { planExport, type ExportFile, type ExportReport } from '../../shared/export/plan-export';
import { isEmptyRow } from '../../shared/check/scan-cells';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { EXIT, UsageError } from '../cli-error';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { toJson } from '../json-output';
import { exportCsvText, formulaLikeValues } from '../../shared/export/csv-file';
import { createProgress, newWorkbook, readWorkbookFile, writeWorkbookFile } from '../io';
import { writeFileAtomic } from '../io/write-workbook';
import { inputPath, outputPath } from './input-path';

export async function exportCommand(args: string[], io: CliStreams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      object: { type: 'string' },
      output: { type: 'string', short: 'o' },
      map: { type: 'string' },
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      sheet: { type: 'string' },
      locale: { type: 'string' },
      template: { type: 'string' },
      today: { type: 'string' },
    },
  });
  const crm = parseCrm(values.to);
  const object = values.object ?? defaultObject(crm);
  if (!isCrmObject(object)) throw new UsageError(`--object must be one of ${CRM_OBJECTS.join(', ')}, not "${object}"`);
  const layout = crmLayout(crm, object);
  if (!layout)
    throw new UsageError(`custodian export: ${crm} takes ${objectsOf(crm).join(' or ')} here, not ${object}`);
  const file = inputPath(positionals, io, 'export');
  const out = outputPath(values.output, io, 'export');
  const options = operationOptions(values);
  const mapped =
    values.map === undefined ? layout : loadMapFile(path.resolve(io.cwd, values.map), layout, options.template);

  // Rows written to .xlsx become exceljs cells, so only an export to CSV gets the field budget.
  const toCsv = path.extname(out).toLowerCase() !== '.xlsx';
  const loaded = await readWorkbookFile(file, { sheet: values.sheet, readOnly: true, snapshotOnly: toCsv });
  if (loaded.path !== null && path.resolve(loaded.path) === out) {
    throw new UsageError(
      `custodian export: will not write over the input file ${loaded.displayName}; choose another output name`,
    );
  }
  if (loaded.snapshot.values.slice(1).every((row) => isEmptyRow(row))) {
    throw new UsageError(
      `custodian export: ${loaded.displayName} [${loaded.snapshot.name}] has no customer rows to export`,
    );
  }
  const progress = createProgress({
    enabled: !values.json,
    label: progressLabel('exporting', resolveContext(loaded.snapshot, options).locale),
    stream: io.stderr,
  });
  const plan = planExport(loaded.snapshot, {
    ...options,
    crm,
    layout: mapped,
    onProgress: (p) => progress.update(p.done, p.total),
  });
  progress.finish();
  const { report } = plan;
  if (values.strict && report.errorRows > 0) {
    io.stderr.write(
      `custodian export: ${report.errorRows} row${report.errorRows === 1 ? '' : 's'} still ha${report.errorRows === 1 ? 's' : 've'} errors ` +
        `(${rowList(report)}); nothing written. Run "custodian check ${positionals[0]}" to see them, or drop --strict.\n`,
    );
    return EXIT.errorsFound;
  }

  const written: Array<{ path: string; object: string; part: number; parts: number; rows: number }> = [];
  for (const part of plan.files) {
    const target = partPath(out, part, mapped.object);
    await writePart(target, part, plan.layout);
    written.push({ path: target, object: part.object, part: part.part, parts: part.parts, rows: part.rows.length });
  }
  const formulaLike = toCsv ? formulaLikeValues(plan.files) : {};
  io.stderr.write(formatReport(loaded.displayName, plan.layout, report, written, io.cwd, formulaLike));
  if (values.json) io.stdout.write(`${toJson({ files: written, report })}\n`);
  return EXIT.ok;
}

function parseCrm(value: string | undefined): CrmId {
  if (value === undefined)
    throw new UsageError(`custodian export: name the CRM with --to (${CRMS.join(', ')}), e.g. --to zoho`);
  const crm = value.trim().toLowerCase();
  if (!isCrmId(crm)) throw new UsageError(`--to must be one of ${CRMS.join(', ')}, not "${value}"`);
  return crm;
}

function loadMapFile(file: string, layout: CrmLayout, template = DEFAULT_TEMPLATE): CrmLayout {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`Cannot read the map file ${file}: ${(error as Error).message}`);
  }
  const result = applyMapFile(layout, json, template);
  if (!result.ok) throw new UsageError(`The map file ${file} is not valid:\n  ${result.errors.join('\n  ')}`);
  return result.layout;
}

/** OUT for the main file, OUT-part2 for later parts, OUT-accounts for company-only rows. */
export function partPath(out: string, part: Pick<ExportFile, 'object' | 'part' | 'parts'>, mainObject: string): string {
  const ext = path.extname(out);
  const base = out.slice(0, out.length - ext.length);
  const object = part.object === mainObject ? '' : `-${part.object}`;
  const number = part.parts > 1 ? `-part${part.part}` : '';
  return `${base}${object}${number}${ext}`;
}

async function writePart(target: string, part: ExportFile, layout: CrmLayout): Promise<void> {
  if (path.extname(target).toLowerCase() === '.xlsx') {
    const book = newWorkbook(layout.title);
    const sheet = book.workbook.getWorksheet(book.sheetName);
    if (!sheet) throw new Error(`Sheet "${book.sheetName}" is missing from the new workbook`);
    sheet.addRow(part.header);
    for (const row of part.rows) sheet.addRow(row.map((value) => (value === null ? undefined : value)));
    await writeWorkbookFile(book, target);
    return;
  }
  await writeFileAtomic(target, new TextEncoder().encode(exportCsvText(part, layout)));
}

const SOURCE_NOTES: Record<string, string> = {
  'name.salutation': ' (title before the name)',
  'name.first': ' (first name)',
  'name.last': ' (last name)',
  'name.full': ' (full name)',
  'phone.mobile': ' (mobile numbers)',
  'phone.other': ' (landlines and other numbers)',
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function rowList(report: ExportReport): string {
  const more = report.errorRows - report.errorRowNumbers.length;
  return `row${report.errorRows === 1 ? '' : 's'} ${report.errorRowNumbers.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

function formatReport(
  input: string,
  layout: CrmLayout,
  report: ExportReport,
  written: Array<{ path: string; rows: number }>,
  cwd: string,
  formulaLike: Record<string, number>,
): string {
  const lines = [`Exported ${input} for ${layout.title} (${report.object}): ${plural(report.rows, 'row')}`];
  for (const file of written)
    lines.push(`  → ${path.relative(cwd, file.path) || file.path} (${plural(file.rows, 'row')})`);
  lines.push('Columns:');
  for (const column of report.columns) {
    const from = column.sheetColumns.length > 0 ? column.sheetColumns.join(' + ') : '(not in the sheet)';
    lines.push(`  ${column.crmColumn}${column.required ? ' *' : ''} ← ${from}${SOURCE_NOTES[column.source] ?? ''}`);
  }
  if (report.extraColumns.length > 0)
    lines.push(`Kept as extra columns under the sheet's header: ${report.extraColumns.join(', ')}`);
  if (report.accountRows > 0)
    lines.push(`${plural(report.accountRows, 'company-only row')} (no person) written as accounts`);
  for (const [column, rows] of Object.entries(report.filled))
    lines.push(`Required "${column}" filled with the customer's name in ${plural(rows, 'row')}`);
  for (const [column, rows] of Object.entries(report.missingRequired))
    lines.push(`Warning: required "${column}" is blank in ${plural(rows, 'row')}`);
  if (report.namesKeptWhole > 0)
    lines.push(
      `${plural(report.namesKeptWhole, 'name')} kept whole in the last name (a surname with a title such as 张总, or mixed scripts)`,
    );
  lines.push(
    report.chineseList ? 'Pinyin names read surname first (a Chinese list)' : 'Latin names read first name first',
  );
  for (const [column, count] of Object.entries(report.valuesAsTyped))
    lines.push(
      `${plural(count, 'value')} of "${column}" could not be read and ${count === 1 ? 'was' : 'were'} exported as typed`,
    );
  for (const [column, labels] of Object.entries(report.offPicklist))
    lines.push(
      `"${column}" values with no standard ${layout.title} value, written as their label: ${labels.join(', ')}`,
    );
  if (report.errorRows > 0)
    lines.push(
      `Warning: ${plural(report.errorRows, 'row')} still ${report.errorRows === 1 ? 'has' : 'have'} errors (${rowList(report)}); run "custodian check" to see them, --strict refuses to export them`,
    );
  const formulaCount = Object.values(formulaLike).reduce((sum, count) => sum + count, 0);
  if (formulaCount > 0)
    lines.push(
      `${plural(formulaCount, 'value')} (${Object.keys(formulaLike).join(', ')}) start${formulaCount === 1 ? 's' : ''} with + - = or @ and ${formulaCount === 1 ? 'is' : 'are'} written exactly for the importer; ` +
        `a spreadsheet opening this CSV would read ${formulaCount === 1 ? 'it as a formula' : 'them as formulas'}: to look at the file, export to .xlsx`,
    );
  if (report.unconfirmed.length > 0)
    lines.push(
      `Defaults not confirmed by ${layout.title}'s documentation (override with --map FILE): ${report.unconfirmed.join('; ')}`,
    );
  return `${lines.join('\n')}\n`;
}
