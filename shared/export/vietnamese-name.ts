/**
 * Vietnamese names are family name first: Nguyễn Văn An is Mr An of the Nguyễn family. On a row that
 * says Vietnam (its country, a +84 number), a name led by one of the common family names is read so;
 * elsewhere the same words may be a Vietnamese-American's given-first "An Nguyen", and are read as
 * other Latin names are.
 */

// The family names of most Vietnamese (without tone marks): Nguyễn alone is about four in ten.
const FAMILY_NAMES = new Set(
  (
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong lam ' +
    'mai cao luong ta doan kieu chau quach thai tong ha dao luu van'
  ).split(' '),
);

/** The word without its tone and vowel marks, lower case (Nguyễn → nguyen, Đặng → dang). */
function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Whether a name of these words, on a Vietnamese row, is family name first. */
export function vietnameseFamilyFirst(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 4 && FAMILY_NAMES.has(plain(words[0]!));
}
