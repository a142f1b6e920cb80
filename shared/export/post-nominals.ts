/**
 * Degrees and credentials written after a Latin name (LinkedIn Sales Navigator's "Rachel Green, MBA",
 * "Sam Lee, PhD", "John Smith MD"): no part of the name. Read only as the credential is written
 * (MBA, PhD, Ph.D.; MBA in capitals), so that a given name (Bangladeshi lists' Md for Mohammad) or a
 * surname's initials (Smith JD) stays a name; without a comma, only after a name of two words or
 * more. A generation (Jr., III) is part of the name (split-name.ts keeps it with the last name).
 */

/** Credentials as they are written, dots left out (Ph.D. is PhD, M.D. is MD). */
const CREDENTIALS = new Set(
  (
    'PhD DPhil EdD MD DDS DMD DVM JD LLM MBA MPA MPH MSc BSc CPA CFA CFP CMA PMP Esq RN ' + 'CISSP ACCA FCA FRCS LCSW'
  ).split(' '),
);
/** The same written in capitals (PHD, ESQ): a surname is never in this list, so either case will do. */
const IN_CAPITALS = new Set([...CREDENTIALS].map((c) => c.toUpperCase()));

function isCredential(word: string): boolean {
  const key = word.replace(/\./g, '');
  return key.length > 1 && (CREDENTIALS.has(key) || IN_CAPITALS.has(key));
}

/** A comma's part of credentials alone ("MBA", "MBA CPA"). */
const credentialsOnly = (part: string) => {
  const words = part.trim().split(' ');
  return words.length > 0 && words.every(isCredential);
};

export interface PostNominals {
  /** The name without them. */
  name: string;
  /** The credentials as typed ("MBA", "MBA, CPA"); '' where there are none. */
  credentials: string;
}

/** A Latin name (spaces collapsed) and the degrees and credentials after it. */
export function takePostNominals(name: string): PostNominals {
  const parts = name.split(',');
  let keep = parts.length;
  while (keep > 1 && credentialsOnly(parts[keep - 1]!)) keep--;
  const aside = parts.slice(keep).map((part) => part.trim());
  const words = parts.slice(0, keep).join(',').trim().split(' ');
  // Without a comma the name before them has two words or more: Smith JD is J. D. Smith.
  let end = words.length;
  while (end > 2 && isCredential(words[end - 1]!)) end--;
  const typed = [...words.slice(end), ...aside];
  return typed.length === 0
    ? { name, credentials: '' }
    : { name: words.slice(0, end).join(' '), credentials: typed.join(', ') };
}
