/**
 * A company cell that names the row's own person: QuickBooks Online's Customer holds a private
 * customer's name ("Bouchard, Luc" beside the Full Name Luc Bouchard), as a lead typed with its own
 * name as its company does. The same words in either order, commas aside, are the person, not a company.
 */

/** The words of a name, folded, in order of their text: "Bouchard, Luc" and "Luc Bouchard" give the same. */
function nameWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s,，]+/)
    .filter((w) => w !== '')
    .sort();
}

/** Whether `company` is the person `person` written again (two words or more, in any order). */
export function companyNamesPerson(company: string, person: string): boolean {
  const a = nameWords(company);
  const b = nameWords(person);
  return a.length >= 2 && a.length === b.length && a.every((w, i) => w === b[i]);
}
