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
  unconfirmedFacts,
  type CrmId,
  type CrmLayout,
} from '../../shared/export/crm-layouts';
import { applyMapFile } from '../../shared/export/map-file';
import { planExport, type ExportFile, type ExportReport } from '../../shared/export/plan-export';
import { emptyRowTest } from '../../shared/sheet/counter-row';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { EXIT, UsageError } from '../cli-error';
import { operationOptions } from '../common-options';
import type { CliStreams } from '../io-streams';
import { formatHeaderBelow } from './check-command';
import { toJson } from '../json-output';
import { joinLines } from '../text-width';
import { exportCsvText, formulaLeads, formulaLikeValues } from '../../shared/export/csv-file';
import { createProgress, newWorkbook, readWorkbookFile, writeWorkbookFile } from '../io';
import { requireCustomerList } from '../io/read-workbook';
import { writeFileAtomic } from '../io/write-workbook';
import { inputPath, outputPath } from './input-path';
import { exportWords, type ExportWords } from './export-words';
import { hiddenLinesNote } from './hidden-words';

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
  const loaded = await readWorkbookFile(file, {
    sheet: values.sheet,
    template: options.template,
    readOnly: true,
    snapshotOnly: toCsv,
    listUnchanged: true,
  });
  // No column headed like a customer's field: refused as check refuses it, rather than all extras.
  requireCustomerList(loaded);
  const locale = resolveContext(loaded.snapshot, options).locale;
  const words = exportWords(locale);
  if (loaded.path !== null && path.resolve(loaded.path) === out)
    throw new UsageError(words.overwrite(loaded.displayName));
  const empty = emptyRowTest(loaded.snapshot.values);
  if (loaded.snapshot.values.slice(1).every((row) => empty(row)))
    throw new UsageError(words.noRows(loaded.displayName, loaded.snapshot.name));
  const progress = createProgress({
    enabled: !values.json,
    label: progressLabel('exporting', locale),
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
    io.stderr.write(`${words.strict(report.errorRows, rowList(report, words), positionals[0] ?? file)}\n`);
    return EXIT.errorsFound;
  }
  // A row whose only name or contact is starred out would reach the CRM as no one.
  if (values.strict && report.maskedOnlyRows > 0) {
    io.stderr.write(
      `${words.strictMasked(report.maskedOnlyRows, report.maskedOnlyRowNumbers, positionals[0] ?? file)}\n`,
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
  const leads = toCsv ? formulaLeads(plan.files) : [];
  io.stderr.write(formatHeaderBelow(loaded, locale));
  io.stderr.write(
    formatReport(loaded.displayName, plan.layout, report, written, io.cwd, { counts: formulaLike, leads }, words),
  );
  io.stderr.write(hiddenLinesNote(loaded, locale, 'crm'));
  if (values.json)
    io.stdout.write(`${toJson({ files: written, report, ...(loaded.hidden ? { hidden: loaded.hidden } : {}) })}\n`);
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

/** The sheet column the account came from (客户名称, Client). */
function accountColumn(report: ExportReport): string {
  return report.columns.find((c) => c.source === 'account')?.sheetColumns[0] ?? '';
}

/**
 * The notes column of the file the people are in: the main file's, or, in an accounts export of a
 * contact list (one account per company), the contacts file's, which takes the CRM's own layout.
 */
function peopleNotesColumn(layout: CrmLayout, report: ExportReport): string | null {
  if (report.accountGroups)
    return crmLayout(layout.crm, 'contacts')?.columns.find((c) => c.source === 'notes')?.header ?? null;
  return report.columns.find((c) => c.source === 'notes')?.crmColumn ?? null;
}

function rowList(report: ExportReport, words: ExportWords): string {
  return words.rowList(report.errorRows, report.errorRowNumbers);
}

function formatReport(
  input: string,
  layout: CrmLayout,
  report: ExportReport,
  written: Array<{ path: string; rows: number }>,
  cwd: string,
  formulaLike: { counts: Record<string, number>; leads: readonly string[] },
  words: ExportWords,
): string {
  const lines = [words.exported(input, layout.title, report.object, report.rows)];
  for (const file of written) lines.push(`  ${words.file(path.relative(cwd, file.path) || file.path, file.rows)}`);
  lines.push(words.columns);
  for (const column of report.columns) {
    const from = column.sheetColumns.length > 0 ? column.sheetColumns.join(' + ') : words.notInSheet;
    lines.push(
      `  ${column.crmColumn}${column.required ? ' *' : ''} ← ${from}${words.sourceNotes[column.source] ?? ''}`,
    );
  }
  if (report.extraColumns.length > 0) lines.push(words.extraColumns(report.extraColumns));
  if (report.accountRows > 0) lines.push(words.accountRows(report.accountRows));
  if (report.accountGroups) {
    lines.push(words.accountGroups(report.accountGroups.accounts, report.accountGroups.contacts));
    for (const [column, companies] of Object.entries(report.accountGroups.differing))
      lines.push(words.accountDiffering(column, companies));
    const { noContact, companyLines } = report.accountGroups;
    if (noContact)
      lines.push(words.accountNoContact(noContact.rows, words.rowList(noContact.rows, noContact.rowNumbers)));
    if (companyLines)
      lines.push(
        words.accountCompanyLines(companyLines.rows, words.rowList(companyLines.rows, companyLines.rowNumbers)),
      );
  }
  for (const [column, rows] of Object.entries(report.filled)) lines.push(words.filled(column, rows));
  for (const [column, rows] of Object.entries(report.missingRequired)) lines.push(words.missingRequired(column, rows));
  for (const [column, bySheet] of Object.entries(report.filledFromOther)) {
    const own = report.columns.find((c) => c.crmColumn === column)?.sheetColumns ?? [];
    for (const [sheetColumn, rows] of Object.entries(bySheet)) {
      const shown = report.filledFromOtherRowNumbers[column]?.[sheetColumn] ?? [];
      lines.push(words.filledFromOther(column, sheetColumn, rows, own, words.rowList(rows, shown)));
    }
  }
  const emailColumn = report.columns.find((c) => c.source === 'email')?.crmColumn ?? 'Email';
  for (const [sheetColumn, several] of Object.entries(report.severalEmails)) {
    const shown = report.severalEmailRowNumbers[sheetColumn] ?? [];
    if (several.columns.length > 0)
      lines.push(
        words.severalEmails(
          sheetColumn,
          several.rows,
          emailColumn,
          several.columns,
          words.rowList(several.rows, shown),
        ),
      );
  }
  if (report.namesKeptWhole > 0) lines.push(words.namesKeptWhole(report.namesKeptWhole));
  if (report.remarkNames > 0) lines.push(words.remarkNames(report.remarkNames));
  if (report.namesWithEmail > 0) lines.push(words.namesWithEmail(report.namesWithEmail));
  const remarkReadings = report.remarkTwoReadings;
  if (remarkReadings)
    lines.push(
      words.remarkTwoReadings(
        remarkReadings.count,
        remarkReadings.example,
        words.rowList(remarkReadings.count, remarkReadings.rows),
      ),
    );
  if (report.clientsAsContacts > 0)
    lines.push(words.clientsAsContacts(report.clientsAsContacts, accountColumn(report)));
  if (report.companiesNamingPerson > 0)
    lines.push(words.companiesNamingPerson(report.companiesNamingPerson, accountColumn(report)));
  for (const [value, rows] of Object.entries(report.rolesAsNames)) lines.push(words.roleAsName(value, rows));
  for (const [value, rows] of Object.entries(report.noCompanyWords)) lines.push(words.noCompanyWord(value, rows));
  if (report.personalRemarks > 0) lines.push(words.personalRemarks(report.personalRemarks));
  const own = report.ownNames;
  if (own && own.rows > 0) lines.push(words.ownNameRows(own.rows, own.column, own.contactColumn));
  // In a contacts or leads file another contact on the row is a row of its own; in an accounts file, extra columns.
  const accountCrmColumn = report.columns.find((c) => c.source === 'account')?.crmColumn ?? null;
  const otherHeaders = (report.otherContacts ?? []).flatMap((other) => other.headers);
  if (report.secondContactRows > 0)
    lines.push(words.secondContactRows(report.secondContactRows, otherHeaders, accountCrmColumn));
  if (report.secondContactsAside) lines.push(words.secondContactsAside(report.secondContactsAside, otherHeaders));
  if (report.secondContactRows === 0 && !report.secondContactsAside)
    for (const other of report.otherContacts ?? []) lines.push(words.otherContact(other.headers));
  const people = report.namesBesideContact;
  if (people && people.rows > 0)
    lines.push(
      words.namesBesideContact(
        people.rows,
        people.column,
        people.contactColumn,
        people.accountColumn ?? null,
        words.rowList(people.rows, people.rowNumbers),
      ),
    );
  else if (own && own.aside > 0)
    lines.push(words.ownNamesAside(own.aside, own.column, own.contactColumn, words.rowList(own.aside, own.asideRows)));
  // A Chinese list of Han names alone has no pinyin name to speak of.
  if (!report.chineseList) lines.push(words.latinList(report.surnameFirst));
  else if (report.surnameFirst > 0) lines.push(words.chineseList);
  // A layout with no State column (纷享销客's 地址) has the region written whole with the street.
  const address = report.columns.find((c) => c.source === 'address')?.crmColumn;
  const splitOut = report.columns.some((c) => c.source === 'region.state' || c.source === 'region.city');
  for (const [column, count] of Object.entries(report.regionsSplit))
    lines.push(
      !splitOut && address ? words.regionsInAddress(column, count, address) : words.regionsSplit(column, count),
    );
  for (const [column, count] of Object.entries(report.regionsAsCountry))
    lines.push(words.regionsAsCountry(column, count));
  const notes = report.columns.find((c) => c.source === 'notes')?.crmColumn ?? null;
  for (const [column, count] of Object.entries(report.sparePhones)) {
    const notMobile = report.sparePhonesNotMobile[column] ?? 0;
    const faxes = report.spareFaxes[column] ?? 0;
    const invalid = report.sparePhonesInvalid[column] ?? 0;
    const taken = count - notMobile - faxes - invalid;
    if (taken > 0) lines.push(words.sparePhones(column, taken, notes));
    if (notMobile > 0) lines.push(words.sparePhonesNotMobile(column, notMobile, notes));
    if (invalid > 0) lines.push(words.sparePhonesInvalid(column, invalid, notes));
    if (faxes > 0) lines.push(words.spareFaxes(column, faxes, notes));
  }
  const noted = peopleNotesColumn(layout, report);
  for (const [column, count] of Object.entries(report.phoneNotes))
    lines.push(words.phoneNotes(column, count, noted, words.rowList(count, report.phoneNoteRowNumbers[column] ?? [])));
  for (const [column, { count, rowNumbers, example }] of Object.entries(report.linkTargets ?? {}))
    lines.push(words.linkTargets(column, count, words.rowList(count, rowNumbers), example));
  const salutation = report.columns.find((c) => c.source === 'name.salutation')?.crmColumn;
  for (const [title, count] of Object.entries(report.salutationsKept)) {
    if (!salutation || !notes) break;
    const twoReadings = report.salutationsTwoReadings[title] ?? 0;
    if (twoReadings > 0) lines.push(words.titleTwoReadings(title, twoReadings, salutation, notes));
    if (count > twoReadings) lines.push(words.titleNotInPicklist(title, count - twoReadings, layout.title, notes));
  }
  for (const [column, count] of Object.entries(report.partialDates)) {
    const sheetColumn = report.columns.find((c) => c.crmColumn === column)?.sheetColumns[0] ?? column;
    lines.push(words.partialDates(column, count, notes ?? sheetColumn));
  }
  for (const [column, count] of Object.entries(report.placeholders)) lines.push(words.placeholders(column, count));
  for (const [column, count] of Object.entries(report.formulaErrors ?? {}))
    lines.push(words.formulaErrors(column, count));
  for (const [column, masked] of Object.entries(report.maskedValues))
    lines.push(words.maskedValues(column, masked.count, masked.example, masked.crmColumns, masked.keptIn));
  for (const [column, aside] of Object.entries(report.postNominals))
    lines.push(words.postNominals(column, aside.count, aside.example, aside.keptIn));
  for (const [column, privacy] of Object.entries(report.privacyNumbers))
    lines.push(words.privacyNumbers(column, privacy.count, privacy.example, privacy.crmColumns, privacy.keptIn));
  const postalCode = report.columns.find((c) => c.source === 'postcode')?.crmColumn;
  for (const [column, count] of Object.entries(report.postcodesFromAddress))
    if (postalCode) lines.push(words.postcodesFromAddress(column, count, postalCode));
  for (const [column, count] of Object.entries(report.postcodesZeroed))
    lines.push(words.postcodesZeroed(column, count));
  for (const [column, count] of Object.entries(report.twoReadings)) {
    const keptIn = report.twoReadingsKeptIn[column] ?? notes ?? column;
    lines.push(words.twoReadings(column, count, report.twoReadingValues[column]?.[0], layout.title, keptIn));
  }
  for (const [column, count] of Object.entries(report.valuesAsTyped)) {
    lines.push(words.valuesAsTyped(column, count));
    const partDays = report.partDays[column] ?? 0;
    if (partDays > 0) lines.push(words.partDays(column, partDays, report.partDayValues[column]?.[0]));
  }
  for (const [column, values] of Object.entries(report.notCrmValues))
    lines.push(words.notCrmValues(column, layout.title, values));
  for (const [column, labels] of Object.entries(report.offPicklist))
    lines.push(words.offPicklist(column, layout.title, labels));
  const idOnly = report.skippedRows.idOnly ?? 0;
  if (idOnly > 0)
    lines.push(
      words.skippedIdOnly(
        idOnly,
        words.rowList(
          idOnly,
          report.skippedRowNumbers.filter((s) => s.reason === 'idOnly').map((s) => s.row),
        ),
      ),
    );
  const continuations = report.skippedRows.continuation ?? 0;
  if (continuations > 0) {
    const shown = report.skippedRowNumbers.filter((s) => s.reason === 'continuation');
    lines.push(
      words.skippedContinuations(
        continuations,
        words.rowList(
          continuations,
          shown.map((s) => s.row),
        ),
        shown,
      ),
    );
  }
  if (report.errorRows > 0) lines.push(words.errorRows(report.errorRows, rowList(report, words)));
  const formulaCount = Object.values(formulaLike.counts).reduce((sum, count) => sum + count, 0);
  if (formulaCount > 0) lines.push(words.formulaLike(formulaCount, Object.keys(formulaLike.counts), formulaLike.leads));
  const facts = unconfirmedFacts(
    layout,
    layout.columns.filter((c) => report.columns.some((r) => r.crmColumn === c.header)),
  );
  if (facts.length > 0) lines.push(words.unconfirmed(layout.title, facts));
  return `${joinLines(lines)}\n`;
}
