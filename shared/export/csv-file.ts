/**
 * The CSV text of one export file, as the CRM's importer reads it: RFC 4180, CRLF line ends, a byte
 * order mark where the CRM needs one to read Chinese. The CLI writes it to disk; the sidebar offers
 * it as a download.
 * Choice: unlike other Custodian CSVs, no formula guard. The importer stores a cell's text as it
 * is, so a leading ' would become part of the phone number or note; the CLI names the columns a
 * spreadsheet would read as formulas or numbers instead (formulaLikeValues), and .xlsx output holds them as text.
 */
import { formatCsv, neutraliseFormula } from '../sheet/csv-text';
import type { CrmLayout } from './crm-layouts';
import type { ExportFile } from './plan-export';

type CsvFile = Pick<ExportFile, 'header' | 'rows'>;

export function exportCsvText(file: CsvFile, layout: Pick<CrmLayout, 'bom'>): string {
  const text = formatCsv([file.header, ...file.rows], { delimiter: ',', lineEnding: '\r\n', formulaGuard: false });
  return layout.bom ? `\uFEFF${text}` : text;
}

/** A number written with its + (an international phone, +8613800138000): a spreadsheet drops the + and shows 8.6E+12. */
const PLUS_NUMBER = /^\+\d+$/;

/**
 * The first characters of the values formulaLikeValues counts (+, =, a tab …), each once, so the
 * report names what they start with.
 */
export function formulaLeads(files: readonly CsvFile[]): string[] {
  const leads = new Set<string>();
  for (const file of files)
    for (const row of file.rows)
      for (const value of row)
        if (typeof value === 'string' && (neutraliseFormula(value) !== value || PLUS_NUMBER.test(value)))
          leads.add(value[0]!);
  return [...leads];
}

/**
 * Per header, the text values a spreadsheet opening the CSV would change: read as a formula (= + - @ …),
 * or as a number without its + (+8613800138000).
 */
export function formulaLikeValues(files: readonly CsvFile[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of files) {
    for (const row of file.rows) {
      for (let c = 0; c < file.header.length; c++) {
        const value = row[c];
        if (typeof value !== 'string' || (neutraliseFormula(value) === value && !PLUS_NUMBER.test(value))) continue;
        counts[file.header[c]] = (counts[file.header[c]] ?? 0) + 1;
      }
    }
  }
  return counts;
}
