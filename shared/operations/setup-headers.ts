/**
 * The header row setup writes: mapped headers take the template's labels and missing fields are
 * appended under theirs, but never as a header another column has (compared as header matching
 * folds them), which would leave two columns no operation can tell apart: Outlook's Job Title is
 * not renamed Title beside its Title of Mr. and Ms. A header is renamed only when the label says the
 * same thing in other words: one in traditional characters (手機 for 手机) is the team's spelling of
 * it, and one the label would narrow (电话 is not renamed 手机) or change (Mobile Phone is no mere Phone,
 * Mailing City no Region, Accepts Email Marketing no Consent to Contact, 成为客户时间 no 创建日期:
 * template/header-keeps.ts) stays as typed, still governed as its field. On a list written in traditional
 * characters a header in them (聯絡人, 電郵) stays as typed too: the team's script is theirs (as 手機
 * stays), and the labels setup writes there are in it (客戶編號, 備註). A header's unit stays after
 * the label (消费金额（元） becomes 累计消费金额（元）): the numbers are counted in it. A header row in
 * another language than the labels' (a Japanese ledger, a French list: template/header-language.ts)
 * keeps every header the user did not map by hand, as a label would leave the row in two languages.
 */
import { cellText, type CellValue } from '../sheet/cell-value';
import type { CellEdit } from '../plan/plan';
import type { Locale } from '../i18n/locale';
import { foldHeader, type HeaderMapping } from '../template/header-mapping';
import type { Template } from '../template/schema';
import { simplifiedHan } from '../dedupe/simplified';
import { headerUnit } from '../normalise/header-unit';
import { labelWouldChange } from '../template/header-keeps';
import { headerLanguage } from '../template/header-language';
import { traditionalLabel } from '../template/traditional-labels';

export interface SetupHeaders {
  /** Row-1 edits: renamed headers in column order, then the appended columns. */
  edits: CellEdit[];
  /** The header row as the edits leave it, appended columns included. */
  finalHeaders: string[];
}

export function planSetupHeaders(
  header: readonly CellValue[],
  width: number,
  mapping: HeaderMapping,
  template: Template,
  locale: Locale,
  traditional = false,
): SetupHeaders {
  const typed = Array.from({ length: width }, (_, i) => cellText(header[i] ?? null));
  // A Japanese or European list keeps its headers; a Japanese one's kanji are no traditional Chinese.
  const foreign = headerLanguage(typed);
  // A Hong Kong or Taiwan team's list gets the labels in its own characters.
  const written = (label: string) =>
    traditional && foreign !== 'ja' && locale === 'zh-CN' ? traditionalLabel(label) : label;
  const finalHeaders = [...typed];
  const keys = typed.map(foldHeader);
  const write = (index: number, text: string) => {
    finalHeaders[index] = text;
    keys[index] = foldHeader(text);
  };
  // Whether a column other than `index` is headed `text` as the plan leaves the row.
  const heldElsewhere = (text: string, index: number) => {
    const key = foldHeader(text);
    return key !== '' && keys.some((other, i) => i !== index && other === key);
  };

  // Split name parts keep their own headers.
  const renamed = new Set<number>();
  for (const column of mapping.columns) {
    const field = template.fields.find((f) => f.key === column.field);
    // A column the user mapped by hand still takes the label: a CSV keeps no override, only its header.
    if (!field || column.part || (foreign && column.match !== 'manual')) continue;
    const index = column.col - 1;
    // The unit stays with the numbers it counts: 累计消费金额（万元）'s 1.5 is no ¥1.5 under 累计消费金额.
    const unit = column.unit ? headerUnit(typed[index]!) : null;
    const label = field.labels[locale] + (unit?.tail ?? '');
    if (typed[index] === label || simplifiedHan(typed[index]!) === label) continue;
    if (traditional && simplifiedHan(typed[index]!) !== typed[index]) continue;
    if (column.keepHeader || labelWouldChange(field.key, typed[index]!, label)) continue;
    write(index, written(field.labels[locale]) + (unit?.tail ?? ''));
    renamed.add(index);
  }
  // Until none is left: a header given back can be what another column was to be renamed to.
  for (let clash = true; clash;) {
    clash = false;
    for (const index of renamed) {
      if (!heldElsewhere(finalHeaders[index]!, index)) continue;
      write(index, typed[index]!);
      renamed.delete(index);
      clash = true;
    }
  }
  const edits: CellEdit[] = [...renamed]
    .sort((a, b) => a - b)
    .map((index) => ({
      row: 1,
      col: index + 1,
      before: header[index] ?? null,
      after: finalHeaders[index]!,
      reason: 'setup.header',
    }));

  for (const key of mapping.missing) {
    const field = template.fields.find((f) => f.key === key);
    // A column the user left alone may carry the field's label: a second column of that name would be ambiguous.
    if (!field || !field.appendWhenMissing || heldElsewhere(field.labels[locale], -1)) continue;
    const label = written(field.labels[locale]);
    write(finalHeaders.length, label);
    edits.push({ row: 1, col: finalHeaders.length, before: null, after: label, reason: 'setup.header' });
  }
  return { edits, finalHeaders };
}
