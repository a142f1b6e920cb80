/**
 * `--map "header=field,header=-"`: the user's corrections to the column mapping, on top of those
 * saved in the workbook. `-` leaves a column alone; `name.given` / `name.family` name split parts.
 * A header with a comma is written in double quotes ("Company, if any"=company), or named by its letter;
 * so is one of two columns with one header (C=-), which the correction then keys by letter (#C).
 * A header or field the sheet or template does not have is a usage error (exit 2), not a guess.
 */
import { cellText } from '../shared/sheet/cell-value';
import type { SheetSnapshot } from '../shared/sheet/snapshot';
import { DEFAULT_TEMPLATE } from '../shared/template/default-template';
import type { Template } from '../shared/template/schema';
import { storedOverrides, storedTemplate, type OperationOptions } from '../shared/operations/options';
import { UsageError } from './cli-error';
import { columnOverrideKey, sharedHeaderColumns } from '../shared/sheet/column-names';
import { columnsNamed, commaHint, listColumns, sharedHeaderHint, splitColumnList } from './column-list';

const EXAMPLE = 'e.g. --map "客户名称=company,联系电话=手机,备注2=-"';

/** Parses `--map` against the sheet's headers and the template's fields: header (or #C) -> field key or null. */
export function parseMapOption(
  text: string,
  headers: readonly string[],
  template: Template,
): Record<string, string | null> {
  const overrides: Record<string, string | null> = {};
  const shared = sharedHeaderColumns(headers);
  const pairs = splitColumnList(text, '--map');
  if (pairs.length === 0) throw new UsageError(`--map needs header=field pairs, ${EXAMPLE}`);
  for (const { quoted, rest } of pairs) {
    // "Company, if any"=company: the quotes hold the header; else the last = ends it.
    const at = quoted !== undefined ? (rest.startsWith('=') ? 0 : -1) : rest.lastIndexOf('=');
    const named = quoted ?? (at < 0 ? '' : rest.slice(0, at).trim());
    const target = at < 0 ? '' : rest.slice(at + 1).trim();
    const pair = quoted !== undefined ? `"${quoted}"${rest}` : rest;
    if (!named || !target)
      throw new UsageError(
        `--map: "${pair}" is not header=field (use - to leave a column alone), ${EXAMPLE}${commaHint(headers, '--map', '=field', [pair])}`,
      );
    const indexes = columnsNamed(named, headers, quoted !== undefined);
    const header = indexes[0] === undefined ? undefined : headers[indexes[0]];
    if (header === undefined)
      throw new UsageError(
        `--map: the sheet has no column "${named}" (its columns: ${listColumns(headers)})${commaHint(headers, '--map', '=field', [named])}`,
      );
    // A header two columns share (电话 over a mobile and a landline) is told apart by the column's letter.
    const keyOf = (index: number) => (shared.has(index + 1) ? columnOverrideKey(index + 1) : headers[index]!);
    if (target === '-') {
      for (const index of indexes) overrides[keyOf(index)] = null;
      continue;
    }
    if (indexes.length > 1) throw new UsageError(sharedHeaderHint('--map', header, indexes, `=${target}`));
    const key = fieldOfTarget(template, target);
    if (key === null) {
      throw new UsageError(
        `--map: "${target}" (for "${named}") is not a template field; use one of ${fieldTargets(template).join(', ')} (or a field's label, 手机 or Phone) or -`,
      );
    }
    overrides[keyOf(indexes[0]!)] = key;
  }
  return overrides;
}

/** The field a target names: its key (phone, name.given), or its label in either language (手机, Phone). */
function fieldOfTarget(template: Template, target: string): string | null {
  if (fieldTargets(template).includes(target)) return target;
  const folded = target.toLowerCase();
  const field = template.fields.find((f) => f.labels['zh-CN'] === target || f.labels['en-US'].toLowerCase() === folded);
  return field ? field.key : null;
}

function fieldTargets(template: Template): string[] {
  const keys = template.fields.map((f) => f.key);
  const name = template.fields.find((f) => f.kind === 'personName');
  return name ? [...keys, `${name.key}.given`, `${name.key}.family`] : keys;
}

/**
 * The options with `--map` applied: the corrections saved in the workbook, then the command
 * line's on top (a header named on the command line takes its new field).
 */
export function withMapOption(
  options: OperationOptions,
  map: string | undefined,
  snapshot: SheetSnapshot,
): OperationOptions {
  if (map === undefined) return options;
  const headers = (snapshot.values[0] ?? []).map((h) => cellText(h).trim());
  const template = options.template ?? storedTemplate(snapshot) ?? DEFAULT_TEMPLATE;
  return { ...options, overrides: { ...(storedOverrides(snapshot) ?? {}), ...parseMapOption(map, headers, template) } };
}
