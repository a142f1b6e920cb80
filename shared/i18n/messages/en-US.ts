import type { IssueMessages } from '../issue-messages';

export const enUS: IssueMessages = {
  'required.missing': (p) => `${p.column} is required but empty.`,
  'id.missing': (p) => `No customer ID: cleaning assigns ${p.suggestion}.`,
  'id.duplicate': (p) => `Customer ID ${p.value} is also used in row ${p.otherRow}.`,
  'text.nonCanonical': (p) => `Extra spaces or full-width characters: will become "${p.suggestion}".`,
  'name.nonCanonical': (p) => `Name spacing or full-width characters: will become "${p.suggestion}".`,
  'phone.invalid': (p) => `"${p.value}" is not a valid phone number.`,
  'phone.nonCanonical': (p) => `Phone number in a non-standard form: will become ${p.suggestion}.`,
  'email.invalid': (p) => `"${p.value}" is not a valid email address.`,
  'email.nonCanonical': (p) => `Email with capitals or spaces: will become ${p.suggestion}.`,
  'date.invalid': (p) => `"${p.value}" is not a date (expected e.g. 2024-03-05).`,
  'date.nonCanonical': (p) => `Date in another format: will become ${p.suggestion}.`,
  'number.invalid': (p) => `"${p.value}" is not a number.`,
  'number.negative': (p) => `${p.column} cannot be negative (${p.value}).`,
  'number.nonCanonical': (p) => `Number written as text or with symbols: will become ${p.suggestion}.`,
  'integer.notWhole': (p) => `${p.column} must be a whole number, not ${p.value}.`,
  'choice.notInList': (p) => `"${p.value}" is not one of the options for ${p.column}: ${p.options}.`,
  'choice.nonCanonical': (p) => `"${p.value}" means "${p.suggestion}": cleaning writes the standard option.`,
  'yesNo.invalid': (p) => `"${p.value}" is not a yes/no answer.`,
  'yesNo.nonCanonical': (p) => `"${p.value}" will be written as "${p.suggestion}".`,
  'record.stale': (p) => `Last contact ${p.value} is more than ${p.days} days ago.`,
};
