import type { IssueMessages } from '../issue-messages';
import type { EntryMessages } from '../entry-messages';
import { emailChanges, type EmailChange } from '../email-changes';

// The currencies a shared sign ($, ¥) may stand for, as a message names them.
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  USD: 'US dollars',
  HKD: 'Hong Kong dollars',
  TWD: 'New Taiwan dollars',
  SGD: 'Singapore dollars',
  CAD: 'Canadian dollars',
  AUD: 'Australian dollars',
  NZD: 'New Zealand dollars',
  CNY: 'yuan',
  JPY: 'yen',
};
const currencyName = (code: string) => CURRENCY_NAMES[code] ?? code;
const EMAIL_CHANGE_WORDS: Readonly<Record<EmailChange, string>> = {
  capitals: 'capitals',
  spaces: 'spaces',
  fullWidth: 'full-width characters (＠, 。)',
  mailto: 'a "mailto:" prefix',
  linkLabel: 'a label in place of its address (the cell links to it)',
};

export const enUS: IssueMessages = {
  'required.missing': (p) =>
    p.onlySpaces
      ? `${p.column} is required but holds only spaces: it looks filled in, yet it is empty. Cleaning empties the cell; fill in the real value.`
      : p.value
        ? `${p.column} is required but holds only "${p.value}", which stands for no value.`
        : `${p.column} is required but empty.`,
  'id.missing': (p) => `No customer ID: cleaning assigns ${p.suggestion}.`,
  'id.duplicate': (p) => `Customer ID ${p.value} is also used in row ${p.otherRow}.`,
  'id.companyContacts': (p) =>
    `Rows ${p.otherRow} and ${p.row} share ${p.column} ${p.value}: two contacts of ${p.company} (the ID names the company; cleaning keeps it).`,
  'text.nonCanonical': (p) => `Extra spaces or full-width characters: will become "${p.suggestion}".`,
  'text.textMarker': (p) =>
    `The leading ' only kept the code as text in Excel and is no part of it: will become "${p.suggestion}".`,
  'text.zeroPadded': (p) =>
    `A code stored as a number, its leading zeros shown only by the cell's format: will become the text "${p.suggestion}".`,
  'text.storedAsNumber': (p) =>
    `A code stored as a number (a spreadsheet would drop its leading zeros or sum it): will become the text "${p.suggestion}".`,
  'postcode.leadingZero': (p) =>
    `A US ZIP code that lost its leading zero when a spreadsheet stored it as a number: will become "${p.suggestion}".`,
  'postcode.tooShort': (p) =>
    `"${p.value}" is shorter than this country's postcodes: a spreadsheet may have dropped a leading zero, or a digit is missing. Left as typed; retype it as text.`,
  'postcode.nonCanonical': (p) =>
    `A UK postcode is written in capitals with a space before its last three characters: will become "${p.suggestion}".`,
  'postcode.impossible': (p) =>
    `"${p.value}" is not a possible UK postcode (written like SK1 3AB). Left as typed; check it.`,
  'name.nonCanonical': (p) => `Name spacing or full-width characters: will become "${p.suggestion}".`,
  'name.ambiguous': (p) =>
    `"${p.value}" could be ${p.readings ?? 'two things'} (a name with another word after it, such as a role, a company or a place, or one name): left as typed. Keep only the name in ${p.column} and move the other word to a column of its own (Title, Company or Notes); if it is one name, delete the space.`,
  'value.formulaError': (p) =>
    `Row ${p.row}, ${p.column}: formula error ${p.value}, not a value: left as it is, and exported as an empty cell. Fix the formula (or what it looks up) in the sheet.`,
  'name.trueFalse': (p) =>
    `Row ${p.row}, ${p.column}: ${p.value.toUpperCase()} is a true/false value (a ticked checkbox, say), not a name: left as it is. Type the name there, or move the value to a column of its own.`,
  'phone.invalid': (p) => `"${p.value}" is not a valid phone number.`,
  'phone.several': (p) =>
    `"${p.value}" holds more than one number: keep one number per cell and put the other in a column of its own (Other Phone, say).`,
  'phone.noAreaCode': (p) =>
    p.areaCode
      ? `"${p.value}" looks like a local landline number without its area code (7–8 digits, which cannot be dialled from another city). The row's address is in ${p.areaCode.city}, area code ${p.areaCode.code}: ${p.areaCode.number}; but the address may be the company's and not where this line is, so it is left as typed. Check it and add the area code.`
      : `"${p.value}" looks like a local landline number without its area code (7–8 digits, which cannot be dialled from another city): left as typed. Add the area code (010-62345678, say).`,
  'phone.fax': (p) =>
    `"${p.value}" is a fax number, not a phone: left as typed. Put the fax in a column of its own (Fax, say) and keep only a phone number here.`,
  'phone.withNote': (p) =>
    `"${p.value}" is a number with a note: the number is valid; move the note to a notes column and keep only the number here.`,
  'phone.noteToMove': (p) =>
    `"${p.value}" is a number with a note: cleaning moves the note to ${p.notesColumn ?? 'Notes'} (as "${p.movedNote ?? ''}") and keeps only the number here, ${p.suggestion}.`,
  'phone.withName': (p) =>
    `"${p.value}" has a person’s name after the number (a contact, no note): left as typed, and cleaning does not move it. Put the contact in a contact column and keep only the number here.`,
  'phone.nonCanonical': (p) =>
    p.numberCell
      ? `Phone number stored as a number, which drops leading zeros and the + and can show as 1.39E+10: will be stored as text ${p.suggestion}.`
      : p.phoneCountry
        ? `Phone number typed without its country code: will become ${p.suggestion} (${p.phoneCountry}).`
        : `Phone number in a non-standard form: will become ${p.suggestion}.`,
  'region.ambiguous': (p) =>
    `"${p.value}" is the pinyin of more than one city (${p.readings ?? 'two cities'}): left as typed. Write the city in Chinese in ${p.column}.`,
  'phone.ambiguous': (p) =>
    `"${p.value}" could be ${p.readings ?? 'more than one number'}: left as typed. Add the country code (+1, +86 …) or fill in the row's country.`,
  'date.ambiguous': (p) =>
    p.rocYear && p.regionColumn
      ? `"${p.value}" could be ${p.readings ?? 'two dates'} (${p.yearPlace ? 'year first or last, and ' : ''}a western year or a year of Taiwan's Republic of China calendar, 民國): left as typed. Each row's year is read by its ${p.regionColumn} (民國 on a Taiwan row, western elsewhere): fill in the row's ${p.regionColumn}, or write the year in full (four digits).`
      : p.rocYear
        ? `"${p.value}" could be ${p.readings ?? 'two dates'} (${p.yearPlace ? 'year first or last, and ' : ''}a western year or a year of Taiwan's Republic of China calendar, 民國): left as typed. Write the year in full (four digits, or 民國 before it), or the column's other dates will tell once one writes 民國 or a three-digit year (113年).`
        : `"${p.value}" could be ${p.readings ?? 'two dates'} (${p.yearPlace ? 'year first or last' : 'day or month first'}): left as typed. Write it as yyyy-mm-dd, or the column's other dates will tell once one has a day above 12.`,
  'email.invalid': (p) => `"${p.value}" is not a valid email address.`,
  'email.several': (p) =>
    `"${p.value}" holds more than one email address: keep one address per cell and put the other in a column of its own (Email 2, say).`,
  'email.nonCanonical': (p) => {
    const words = emailChanges(p.value).map((c) => EMAIL_CHANGE_WORDS[c]);
    return `Email ${words.length > 0 ? `with ${words.join(', ')}` : 'not in standard form'}: will become ${p.suggestion}.`;
  },
  'phone.privacy': (p) =>
    `"${p.value}" is a privacy number the shop's platform gave this order (a mobile with an extension), not the buyer's own: it stops working after the order, so it is no way to reach them later and is not used to find duplicates${p.suggestion ? `; it will be written ${p.suggestion}` : ''}.`,
  'email.domainTypo': (p) =>
    `"${p.value}": the domain looks like a typo of ${p.readings ?? 'a well-known mail domain'}; ${p.suggestion ? `only its capitals will change (${p.suggestion}), the domain is left as typed` : 'left as typed'}. Check the address with the customer and correct it if it is wrong.`,
  'date.invalid': (p) => `"${p.value}" is not a date (expected e.g. 2024-03-05).`,
  'date.monthOnly': (p) => `"${p.value}" gives only the month: left as typed, no day added.`,
  'date.noYear': (p) =>
    p.birthday
      ? `"${p.value}" is a birthday without its year: ${p.column} holds whole dates (yyyy-mm-dd), so it cannot be written as one; left as typed, no year added. Add the year if the customer gives it.`
      : `"${p.value}" has no year: left as typed, no year added.`,
  'date.yearOnly': (p) => `"${p.value}" gives only the year: left as typed, no month or day added.`,
  'date.otherOrder': (p) =>
    p.dateOrder === 'mdy'
      ? `"${p.value}" can only be read day first (${p.suggestion}), while the other dates of ${p.column} put the month first: it will become ${p.suggestion}. Check that it was not typed the wrong way round.`
      : `"${p.value}" can only be read month first (${p.suggestion}), while the other dates of ${p.column} put the day first: it will become ${p.suggestion}. Check that it was not typed the wrong way round.`,
  // Five digits become a date only as Excel's serial for it (45321 is 2024-01-30), ten or thirteen only
  // in a column of Unix timestamps (date-timestamps.ts).
  'date.nonCanonical': (p) =>
    /^\d{5}$/.test(p.value)
      ? `"${p.value}" is an Excel date serial (days counted from 1900): it stands for ${p.suggestion}, which cleaning writes.`
      : /^\d{10}$|^\d{13}$/.test(p.value.trim())
        ? `"${p.value}" is a Unix timestamp (${p.value.trim().length === 10 ? 'seconds' : 'milliseconds'} since 1970-01-01 UTC): it stands for ${p.suggestion}, which cleaning writes (its day and time in UTC, as the timestamp counts them).`
        : `Date in another format: will become ${p.suggestion}.`,
  'number.invalid': (p) => `"${p.value}" is not a number.`,
  'number.negative': (p) => `${p.column} cannot be negative (${p.value}).`,
  'number.nonCanonical': (p) => `Number written as text or with symbols: will become ${p.suggestion}.`,
  'number.otherCurrency': (p) =>
    p.mayBe
      ? `"${p.value}" is in ${currencyName(p.mayBe.amount)}; the column's other amounts are in ${p.currency ?? '$'}, which could be ${currencyName(p.mayBe.amount)} or ${p.mayBe.guess ? currencyName(p.mayBe.guess) : `another ${p.currency === '$' ? 'dollar' : 'currency'}`}: left as typed. If they are ${currencyName(p.mayBe.amount)}, name the currency in the header ("${p.column} (${p.mayBe.amount})"); otherwise convert it to their currency, or keep its currency in a column of its own.`
      : `"${p.value}" is in another currency than the column's${p.currency ? ` (${p.currency})` : ' other amounts'}: left as typed. Convert it to ${p.currency ?? 'their currency'}, or keep its currency in a column of its own.`,
  'number.otherUnit': (p) =>
    `"${p.value}" writes its own unit or currency sign, but ${p.column} counts in ${p.unit ? `"${p.unit}"` : "its header's unit"}: left as typed, since as a bare number it would be read in ${p.unit ?? 'that unit'} and the amount would change. Convert it to ${p.unit ?? "the header's unit"} and write the number alone (15,000 yuan is 1.5 in a 万元 column).`,
  'number.ambiguous': (p) =>
    `"${p.value}" could be ${p.readings ?? 'two numbers'} (the separator grouping thousands or marking decimals): left as typed. Write it without the thousands separator, or the column's other numbers will tell once one can be read only one way (88,50 or 1,234.56).`,
  'integer.notWhole': (p) => `${p.column} must be a whole number, not ${p.value}.`,
  'choice.notInList': (p) => `"${p.value}" is not one of the options for ${p.column}: ${p.options}.`,
  'choice.ownValues': (p) =>
    `${p.mixed ? `Half or more of the values in ${p.column} (${p.value}) are not its options` : `None of the values in ${p.column} (${p.value}) is one of its options`} (${p.options}), so the column keeps a list of its own: it is kept as typed${p.mixed ? ' (the values that name an option too)' : ''}, with no error on each row, and set up puts no dropdown of the template's options over it. If these are your categories, add them as options in the template; if the column says something else, map it to nothing.`,
  'choice.nonCanonical': (p) => `"${p.value}" means "${p.suggestion}": cleaning writes the standard option.`,
  'yesNo.invalid': (p) => `"${p.value}" is not a yes/no answer.`,
  'yesNo.nonCanonical': (p) => `"${p.value}" will be written as "${p.suggestion}".`,
  'record.stale': (p) => `Last contact ${p.value} is more than ${p.days} days ago.`,
  'value.masked': (p) =>
    `"${p.value}" is masked: the export hid part of it, so it cannot be checked or completed. Left as typed; fill in the full ${p.column} if you have it.`,
  'row.misaligned': (p) =>
    `This row has ${p.fields} values where the file's other rows have ${p.expected}: a value holding a comma not in quotes (1,280.00) moves the rest right, so its values are no longer under their headers. Nothing in this row was checked or changed; put the value in quotes or drop the comma in the file, then check again.`,
  'row.continuation': (p) =>
    `Row ${p.row} has no name and no row number: it looks like a further line of the customer in row ${p.otherRow} (another phone, a follow-up). Please merge it into the row above. It is not counted as a customer, and was neither checked nor changed.`,
  'value.onlySpaces': (p) =>
    `${p.column} looks empty but holds only spaces: a filter for blanks misses it and COUNTA counts it as filled. Cleaning empties it.`,
  'value.placeholder': (p) =>
    `"${p.value}" stands for no value, not a real ${p.column}: left as typed. Fill in the real one, or clear the cell if there is none.`,
  'idNumber.wrongLength': (p) =>
    `"${p.value}" has ${p.digits ?? 'the wrong number of'} characters: a Chinese resident ID number has 18 (the last may be X), or 15 for an old one. A digit is missing or extra: check it against the ID card.`,
  'idNumber.badCheckDigit': (p) =>
    `"${p.value}" does not add up: its last character, the check digit, does not match the 17 digits before it, so one of them is mistyped. Check it against the ID card.`,
  'idNumber.badBirthDate': (p) =>
    `"${p.value}" holds a birth date that cannot be (${p.birthDate ?? '?'}): digits 7 to 14 of a resident ID number (7 to 12 of an old 15-digit one) are the holder's birth date. Check it against the ID card.`,
  'idNumber.digitsLost': (p) =>
    `"${p.value}" is an ID number Excel stored as a number, which keeps only 15 digits: its last digits were lost to scientific notation or the number format. Set the column to Text (or start the cell with ') and type the number again from the ID card.`,
  'idNumber.lowercaseX': (p) =>
    `The small x at the end is the check digit X, the same digit; a system matching ID numbers may take the two for different people: will become "${p.suggestion}".`,
  'idNumber.birthDateMismatch': (p) =>
    `${p.column} ${p.value} is not the birth date in ${p.idColumn} ${p.idNumber ?? ''} (${p.birthDate ?? '?'}): one of the two is mistyped. Both are left as typed; check them against the ID card.`,
  'idNumber.sexMismatch': (p) =>
    `${p.column} is "${p.value}", but ${p.idColumn} ${p.idNumber ?? ''} is a ${p.idSex === 'male' ? "man's" : "woman's"} (its 17th digit is ${p.idSex === 'male' ? 'odd' : 'even'}; the 15th of an old 15-digit number): one of the two is mistyped. Both are left as typed; check them against the ID card.`,
};

export const enUSEntry: EntryMessages = {
  choice: (p) => ({
    prompt: 'Choose a value from the list',
    error: `${p.column}: choose one of the options in the list.`,
  }),
  phone: (p) => ({
    prompt: `A full phone number with its area code, e.g. ${p.example ?? '+1 415 555 0134'}`,
    error: `${p.column}: the phone number has too few or too many digits, or other text. Enter it in full with its area code, e.g. ${p.example ?? '+1 415 555 0134'}; a number from another country starts with + and its country code.`,
  }),
  phoneLine: (p) => ({
    prompt: `A phone number with its area code, any extension after it, e.g. ${p.example ?? '(415) 555-0134 ext. 12'}`,
    error: `${p.column}: the phone number has too few or too many digits, or other text. Enter it with its area code, e.g. ${p.example ?? '(415) 555-0134 ext. 12'}; a number from another country starts with + and its country code.`,
  }),
  email: (p) => ({
    prompt: 'An email address, e.g. name@example.com',
    error: `${p.column}: enter an email address such as name@example.com.`,
  }),
  date: (p) => ({
    prompt: 'A date, e.g. 2024-03-05',
    error: `${p.column}: enter a date on or after 1900-01-01, e.g. 2024-03-05.`,
  }),
  money: (p) => ({
    prompt: 'An amount of 0 or more, e.g. 1250.50',
    error: `${p.column}: enter an amount of 0 or more, e.g. 1250.50.`,
  }),
  integer: (p) => ({
    prompt: 'A whole number of 0 or more',
    error: `${p.column}: enter a whole number of 0 or more, e.g. 3.`,
  }),
  id: (p) => ({
    prompt: `Unique, e.g. ${p.example ?? ''}`,
    error: `${p.column}: each customer needs its own ID in the form ${p.example ?? ''}; this one is taken or has another form.`,
  }),
  idOwn: (p) => ({
    prompt: `Unique, e.g. ${p.example ?? ''}`,
    error: `${p.column}: each customer needs an ID of their own; this one is taken.`,
  }),
};
