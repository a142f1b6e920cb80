/**
 * A street address written over two columns (Address Line 1 / Address Line 2, Street Address 2,
 * Xero's POAddressLine2, 地址2): a CRM's one street column takes both lines, joined, so "Level 3"
 * is not sent on its own beside "88 Harbour St" in an extra column.
 */
import type { CellValue } from '../sheet/cell-value';

/**
 * Headers of a street's second line, folded: lower case, no spaces, dots, dashes or underscores.
 * Shopify heads it Default Address Address2; Google Contacts (as vCard) Address 1 - Extended Address.
 */
const SECOND_LINE =
  /^(?:(?:mailing|billing|shipping|home|work|business|other|po|sa|postal|street|delivery|defaultaddress)?(?:address|addr|street)(?:line)?2|address2|streetaddress2|(?:address\d*)?extendedaddress|地址2|详细地址2|地址行2|第二行地址)$/;

const fold = (header: string) => header.toLowerCase().replace(/[\s._\-:：()（）]+/g, '');

/**
 * The column holding the second line of the street in `addressCol`: an unmapped column headed as a
 * line 2 (the first such column after the street, else the first anywhere), or undefined.
 */
export function secondStreetLine(
  columns: readonly { col: number; header: string; mapped: boolean }[],
  addressCol: number,
): number | undefined {
  const lines = columns.filter((c) => !c.mapped && c.col !== addressCol && SECOND_LINE.test(fold(c.header)));
  return (lines.find((c) => c.col > addressCol) ?? lines[0])?.col;
}

/** The street's two lines as one, "88 Harbour St, Level 3" (a line alone when the other is blank). */
export function joinStreetLines(first: CellValue, second: CellValue): CellValue {
  const a = typeof first === 'string' ? first.trim() : first;
  const b = typeof second === 'string' ? second.trim() : second;
  if (b === null || b === '') return a;
  if (a === null || a === '') return b;
  return `${String(a)}, ${String(b)}`;
}
