/**
 * The most characters an Excel cell holds (a Sheets cell holds 50,000). Excel cuts a longer text on
 * opening or saving, so Custodian never writes one into a customer, archive or log cell.
 */
export const CELL_TEXT_LIMIT = 32_767;
