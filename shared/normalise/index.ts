/**
 * The normalise stage: one entry point that picks the normaliser for a field's kind, and every
 * per-kind normaliser for callers that need one directly.
 */
import type { CellValue } from '../sheet/cell-value';
import type { Field } from '../template/schema';
import { normaliseChoice, normaliseListedText, normaliseMultiChoice } from './choice';
import { normaliseDate } from './date';
import { linkedAddress, normaliseEmail } from './email';
import { normaliseChineseId } from './id-number';
import { normalisePersonName } from './name';
import { normaliseInteger, normaliseMoney } from './number';
import { normalisePhone } from './phone';
import { shownPhone } from './phone-shown';
import { normaliseCompanyText, normaliseText } from './text';
import { isCodeField, normaliseCode } from './text-marker';
import type { NormaliseContext, NormaliseOutcome } from './types';
import { normaliseYesNo } from './yes-no';
import { normaliseRegionText } from './region-text';

export type { DateOrder, DecimalMark, InvalidCode, NormaliseContext, NormaliseOutcome } from './types';
export { normaliseText, normaliseCompanyText, cleanText, foldText, toHalfWidth, cellString, isPlainText } from './text';
export { normalisePersonName, cleanPersonName, isHanName } from './name';
export { normalisePhone, phoneKey, isPhoneNumber } from './phone';
export { normaliseEmail } from './email';
export { normaliseDate, isoFromParts, dateOrderOf } from './date';
export { normaliseInteger, normaliseMoney, roundMoney, decimalMarkOf, type NumberOptions } from './number';
export { normaliseChoice, normaliseMultiChoice, choiceKey } from './choice';
export { normaliseYesNo } from './yes-no';
export { normaliseChineseId, holdsChineseIds, idDigits, idBirthDate, idCheckDigit } from './id-number';
export { normaliseCode, isCodeField, hasTextMarker, withoutTextMarker } from './text-marker';

/** Fields people write on several lines (Alt+Enter): their line breaks are kept, each line cleaned. */
const MULTILINE_FIELDS = new Set(['address', 'notes', 'contactSummary', 'followUpPlan', 'purchasePreference']);

export function normaliseCell(field: Field, value: CellValue | undefined, ctx: NormaliseContext): NormaliseOutcome {
  switch (field.kind) {
    case 'id':
      return normaliseCode(value, codeFormat(ctx));
    case 'text':
      if (ctx.chineseIds) return normaliseChineseId(value, ctx.now);
      if (isCodeField(field)) return normaliseCode(value, codeFormat(ctx));
      if (field.options)
        // The region field also reads a city in pinyin on a Chinese list (region-text.ts).
        return field.key === 'region'
          ? normaliseRegionText(value, field, ctx.locale)
          : normaliseListedText(value, field, ctx.locale);
      if (field.role === 'company') return normaliseCompanyText(value);
      return normaliseText(value, MULTILINE_FIELDS.has(field.key));
    case 'personName':
      return normalisePersonName(value);
    case 'phone':
      return normalisePhone(shownPhone(value, codeFormat(ctx)), ctx);
    case 'email':
      return normaliseEmail(linkedAddress(value, ctx.cellLink) ?? value);
    case 'date':
      return normaliseDate(value, ctx);
    case 'integer':
      return normaliseInteger(value, ctx.decimalMark ? { decimalMark: ctx.decimalMark } : {});
    case 'money':
      return normaliseMoney(value, ctx.decimalMark ? { decimalMark: ctx.decimalMark } : {});
    case 'choice':
      return normaliseChoice(value, field, ctx.locale);
    case 'multiChoice':
      return normaliseMultiChoice(value, field, ctx.locale);
    case 'yesNo':
      return normaliseYesNo(value, ctx.locale);
    default:
      return unknownKind(field.kind, value);
  }
}

function codeFormat(ctx: NormaliseContext): string | null | undefined {
  return ctx.cellFormat === undefined ? ctx.columnFormat : ctx.cellFormat;
}

// A template from a newer version may name a kind this build does not know: keep its text.
function unknownKind(_kind: never, value: CellValue | undefined): NormaliseOutcome {
  return normaliseText(value);
}
