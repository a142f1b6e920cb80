/**
 * The CSV text of one export file, as the CRM's importer reads it: RFC 4180, CRLF line ends, a byte
 * order mark where the CRM needs one to read Chinese. The CLI writes it to disk; the sidebar offers
 * it as a download.
 */
import { formatCsv } from '../sheet/csv-text';
import type { CrmLayout } from './crm-layouts';
import type { ExportFile } from './plan-export';

export function exportCsvText(file: Pick<ExportFile, 'header' | 'rows'>, layout: Pick<CrmLayout, 'bom'>): string {
  const text = formatCsv([file.header, ...file.rows], { delimiter: ',', lineEnding: '\r\n' });
  return layout.bom ? `\uFEFF${text}` : text;
}
