/**
 * What cleaning changes in an e-mail address (normalise/email.ts folds full-width characters and 。,
 * drops mailto: and surrounding spaces, and lower-cases it, and writes a linked label's address), so
 * that the message names what the user typed: a full-width ＠ is no capital letter.
 */
export type EmailChange = 'capitals' | 'spaces' | 'fullWidth' | 'mailto' | 'linkLabel';

const FULL_WIDTH = /[\uff01-\uff5e\u3000\u3002]/;

export function emailChanges(value: string): EmailChange[] {
  const changes: EmailChange[] = [];
  if (/[A-Z]/.test(value)) changes.push('capitals');
  if (/\s/.test(value)) changes.push('spaces');
  if (FULL_WIDTH.test(value)) changes.push('fullWidth');
  if (/^\s*mailto:/i.test(value)) changes.push('mailto');
  // Text with no @ becomes an address only as the label of a link to one (normalise/email.ts linkedAddress).
  if (!value.includes('@') && !value.includes('＠')) return ['linkLabel'];
  return changes;
}
