/**
 * How a number is grouped as typed, compared with how a region writes its own numbers: 07912 654321
 * is Britain's grouping of a mobile, 079 1265 4321 India's of an Ahmedabad line with the same digits.
 */
const SEPARATORS = /[\s\-.()]+/g;
const GROUPED = /\d[\s\-.()]+\d/;

/** Whether the digits are typed in groups at all: bare digits say nothing of a region's grouping. */
export function isGrouped(typed: string): boolean {
  return GROUPED.test(typed);
}

/** Whether `typed` has the groups of `national`, whatever separates them (07912-654321, 07912 654321). */
export function groupedAs(typed: string, national: string): boolean {
  return groups(typed) === groups(national);
}

function groups(text: string): string {
  return text.replace(SEPARATORS, ' ').trim();
}
