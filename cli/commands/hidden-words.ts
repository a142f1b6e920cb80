/**
 * What a command writing a CSV or a CRM import says of the rows and columns the input .xlsx hides:
 * they are carried like any other (Custodian never drops data), and neither a CSV nor a CRM hides
 * them, so a team that hid its test rows learns it before they reach the CRM.
 */
import { columnLetter } from '../../shared/sheet/a1';
import { cellText } from '../../shared/sheet/cell-value';
import type { Locale } from '../../shared/i18n/locale';
import type { LoadedWorkbook } from '../io/loaded-workbook';

/** Row numbers a line lists; the count says the rest. */
const LISTED_ROWS = 10;

type Into = 'csv' | 'crm';

function listed(rows: readonly number[], separator: string): string {
  const shown = rows.slice(0, LISTED_ROWS).join(separator);
  return rows.length > LISTED_ROWS ? `${shown}${separator}…` : shown;
}

const en = (file: string, rows: number[], columns: string[], into: Into): string => {
  const parts = [
    rows.length > 0 ? `${rows.length} hidden ${rows.length === 1 ? 'row' : 'rows'} (${listed(rows, ', ')})` : '',
    columns.length > 0
      ? `${columns.length} hidden ${columns.length === 1 ? 'column' : 'columns'} (${columns.join(', ')})`
      : '',
  ].filter(Boolean);
  const one = rows.length + columns.length === 1;
  const them = one ? 'it' : 'them';
  return into === 'crm'
    ? `${parts.join(' and ')} of ${file} ${one ? 'was' : 'were'} exported like the others: a CRM import hides nothing. If ${one ? 'it holds' : 'they hold'} test or old customers, delete ${them} from the list and export again.`
    : `${parts.join(' and ')} of ${file} ${one ? 'is' : 'are'} in the CSV like the others: a CSV file cannot hide ${them}.`;
};

const zh = (file: string, rows: number[], columns: string[], into: Into): string => {
  const parts = [
    rows.length > 0 ? `${rows.length} 个隐藏行（第 ${listed(rows, '、')} 行）` : '',
    columns.length > 0 ? `${columns.length} 个隐藏列（${columns.join('、')}）` : '',
  ].filter(Boolean);
  return into === 'crm'
    ? `${file} 中的 ${parts.join('和 ')}也和其他行列一样导出了：CRM 导入不会隐藏它们。如果是测试数据或旧客户，请先从名单中删除再导出。`
    : `${file} 中的 ${parts.join('和 ')}也和其他行列一样写入了 CSV：CSV 文件无法隐藏它们。`;
};

/** The line for the input's hidden rows and columns, ending in a newline; '' when it hides none. */
export function hiddenLinesNote(
  loaded: Pick<LoadedWorkbook, 'hidden' | 'displayName' | 'snapshot' | 'headerToLift'>,
  locale: Locale,
  into: Into,
  indent = '',
): string {
  const { hidden } = loaded;
  if (!hidden) return '';
  // The header is row 1 of a list read under its title, and where it stands in one to be lifted.
  const header = loaded.snapshot.values[(loaded.headerToLift?.row ?? 1) - 1] ?? [];
  const columns = hidden.columns.map((c) => cellText(header[c - 1]).trim() || columnLetter(c));
  const say = locale === 'zh-CN' ? zh : en;
  return `${indent}${say(loaded.displayName, hidden.rows, columns, into)}\n`;
}
