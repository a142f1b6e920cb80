/**
 * Titles typed before a name or in a title column (Outlook's Title, Google's Name Prefix, Zoho's
 * Salutation, 称谓), in the lists' common languages, and how each is written in a CRM's Salutation.
 * A title is read only where its meaning is one: Herr, M., Sr. and 先生 are Mr.; Frau and Mme are Mrs.
 * or Ms. (used of every woman today), two readings, so they are kept as typed. A CRM with a Salutation
 * picklist (Salesforce, Zoho) takes only its own values; a title with none (Miss, Mlle, Srta., 小姐,
 * Mx.) is kept as typed, never turned into a title of another meaning.
 */

/** What a title means: its English form, or the forms it may be (two readings). */
interface TitleReading {
  english?: string;
  either?: readonly string[];
}

const ONE = (english: string): TitleReading => ({ english });

// Keys are lower case without the final dot; a French M. is read only with its dot (M is an initial).
const TITLES = new Map<string, TitleReading>([
  ['mr', ONE('Mr.')],
  ['mister', ONE('Mr.')],
  ['mrs', ONE('Mrs.')],
  ['ms', ONE('Ms.')],
  ['miss', ONE('Miss')],
  ['mx', ONE('Mx.')],
  ['dr', ONE('Dr.')],
  ['doctor', ONE('Dr.')],
  ['prof', ONE('Prof.')],
  ['professor', ONE('Prof.')],
  // German: Fräulein is Miss; Frau is said to every woman now.
  ['herr', ONE('Mr.')],
  ['hr', ONE('Mr.')],
  ['frau', { either: ['Mrs.', 'Ms.'] }],
  ['fr', { either: ['Mrs.', 'Ms.'] }],
  ['fräulein', ONE('Miss')],
  ['frl', ONE('Miss')],
  // French: Madame is said to every woman now (Mademoiselle left official use in 2012).
  ['m.', ONE('Mr.')],
  ['monsieur', ONE('Mr.')],
  ['mme', { either: ['Mrs.', 'Ms.'] }],
  ['madame', { either: ['Mrs.', 'Ms.'] }],
  ['mlle', ONE('Miss')],
  ['mademoiselle', ONE('Miss')],
  // Spanish: Señora beside Señorita is a married woman's title.
  ['sr', ONE('Mr.')],
  ['señor', ONE('Mr.')],
  ['sra', ONE('Mrs.')],
  ['señora', ONE('Mrs.')],
  ['srta', ONE('Miss')],
  ['señorita', ONE('Miss')],
  // Chinese, in both scripts: 女士 is any woman (Ms.), 太太 a married one, 小姐 Miss.
  ['先生', ONE('Mr.')],
  ['女士', ONE('Ms.')],
  ['太太', ONE('Mrs.')],
  ['小姐', ONE('Miss')],
  ['博士', ONE('Dr.')],
  ['教授', ONE('Prof.')],
]);

function titleKey(typed: string): string {
  const text = typed.normalize('NFC').trim().toLowerCase();
  return text === 'm.' ? text : text.replace(/\.$/, '');
}

/** Whether a cell holds a title alone, in any of the languages read (Mr., Herr, Mme, Sra., 先生). */
export function isTitle(text: string): boolean {
  return TITLES.has(titleKey(text));
}

/** How a typed title goes to a CRM's Salutation: the value written, or why it is kept as typed instead. */
export type SalutationWritten =
  | { value: string }
  | { kept: string; reason: 'twoReadings'; readings: readonly string[] }
  | { kept: string; reason: 'notInPicklist' };

/**
 * A typed title in a CRM's Salutation. `picklist`: the CRM's Salutation values, where it has a list;
 * without one (a text field, as HubSpot's) a title with one meaning is written in its English form and
 * any other as typed.
 */
export function salutationFor(typed: string, picklist?: readonly string[]): SalutationWritten {
  const text = typed.trim();
  const reading = TITLES.get(titleKey(text));
  if (reading?.either) {
    return picklist ? { kept: text, reason: 'twoReadings', readings: reading.either } : { value: text };
  }
  const english = reading?.english ?? text;
  if (!picklist) return { value: english };
  return picklist.includes(english) ? { value: english } : { kept: text, reason: 'notInPicklist' };
}
