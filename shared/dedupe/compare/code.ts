/**
 * Short codes: postcodes, ID numbers (national ID, social security), customer IDs, cars' VINs and
 * plates, and other codes. Exact after dropping spaces, dashes and middle dots (京A·12345 = 京A12345);
 * postcodes and ID numbers also one edit apart (a wrong, missing or swapped character).
 */
import type { CellValue } from '../../sheet/cell-value';
import { cellString, cleanText, withoutTextMarker } from '../../normalise';
import { withinOneEdit } from '../similarity';
import type { Comparator, LevelSpec } from './comparator';

export type CodeRole = 'postcode' | 'idNumber' | 'legalId' | 'code' | 'vehicle';

const LEVELS: Record<CodeRole, LevelSpec[]> = {
  postcode: [
    { label: 'exact', m: 0.9, u: 1e-3 },
    { label: 'typo', m: 0.05, u: 5e-3 },
    { label: 'different', m: 0.05, u: 1 },
  ],
  idNumber: [
    { label: 'exact', m: 0.9, u: 1e-7 },
    { label: 'typo', m: 0.05, u: 1e-6 },
    { label: 'different', m: 0.05, u: 1 },
  ],
  // A company's legal ID (统一社会信用代码, VAT): one entity's, long enough that one character off is a typo.
  legalId: [
    { label: 'exact', m: 0.9, u: 1e-6 },
    { label: 'typo', m: 0.05, u: 1e-5 },
    { label: 'different', m: 0.05, u: 1 },
  ],
  // Columns the template does not know (Account ID, 会员号) and customer IDs: equal or not. Two
  // codes a character apart are as likely two customers numbered in a row as one mistyped.
  code: [
    { label: 'exact', m: 0.8, u: 0.01 },
    { label: 'different', m: 0.2, u: 1 },
  ],
  // A car's VIN or plate: one car's; one that differs is another car (two-people.ts). VINs a
  // character apart are as often two cars of one batch as one mistyped.
  vehicle: [
    { label: 'exact', m: 0.9, u: 1e-5 },
    { label: 'different', m: 0.3, u: 1 },
  ],
};

const NAMES: Record<CodeRole, string[]> = {
  postcode: ['same postcode', 'postcodes one character apart', 'different postcodes'],
  idNumber: ['same ID number', 'ID numbers one character apart', 'different ID numbers'],
  legalId: ['same legal ID', 'legal IDs one character apart', 'different legal IDs'],
  code: ['same value', 'different values'],
  vehicle: ['same vehicle', 'different vehicles'],
};

/**
 * What a form tool writes for a question left unanswered (问卷星's (跳过), 未作答, Typeform's No answer),
 * with or without its brackets. check/placeholder.ts reads them as no value; a code column's are none.
 */
export const SKIPPED_ANSWERS = [
  '已跳过',
  '跳过',
  '未作答',
  '未回答',
  '未填写',
  '未填',
  '未选择',
  '未选',
  '空',
  'skipped',
  'no answer',
  'not answered',
  'unanswered',
  'no response',
];

/**
 * What people type in a code column for "none" (无, 暂无, N/A, 000000000000000000): two rows
 * holding it share no code, so it is no value at all, not evidence that they are one customer.
 */
const NO_CODE = new Set([
  ...SKIPPED_ANSWERS.map((word) => word.toUpperCase().replace(/\s+/g, '')),
  '无',
  '暂无',
  '没有',
  '未知',
  '不详',
  '待定',
  '待补充',
  'NA',
  'NONE',
  'NULL',
  'NIL',
  'UNKNOWN',
  'TBD',
]);
// Zeros, Xs or stars typed over a code nobody had (a lucky 888888 is a real member number).
const MASK = /^(?:0{4,}|X{4,}|\*{3,})$/;

/** A code partly starred out by an export (110101********1234, tb_li**): no code at all. */
const MASKED = /[*＊]/;

export function codeKey(value: CellValue): string | null {
  const raw = cellString(value);
  if (raw === null) return null;
  // Excel's text marker ('4000023409200123456, as 金蝶 writes it into a CSV) is no character of the code.
  const key = cleanText(withoutTextMarker(raw.trim()))
    .toUpperCase()
    .replace(/[\s\-_./()（）·•・‧[\]【】<>《》]+/g, '');
  return key === '' || NO_CODE.has(key) || MASK.test(key) || MASKED.test(key) ? null : key;
}

/** A word for "none" (无, N/A), already upper-cased and without spaces, as a code column holds it. */
export function saysNone(key: string): boolean {
  return NO_CODE.has(key);
}

/**
 * Headers of a company's legal ID: China's unified social credit code and the numbers it replaced
 * (税号, 工商注册号, 组织机构代码), a company or VAT registration number elsewhere. A column the
 * template does not know, compared as a code or as text, under such a header tells two legal
 * entities apart. Tax Exempt, Tax Rate and the like are not IDs.
 */
const LEGAL_ID_HEADER = new RegExp(
  [
    '信用代[码碼]|[税稅][号號]|[税稅]务登[记記]|[纳納][税稅]人?[识識]别?[号號]|(?:工商|企业|企業|公司)注[册冊][号號]',
    '[营營]业执照|组织机构代码|組織機構代碼|統一編號|商[业業]登[记記]',
    '\\b(?:vat|gst|tax|taxpayer)\\b.*\\b(?:id|no|nr|number|code|reg|registration)\\b',
    '\\b(?:company|business|commercial|corporate)\\b.*\\b(?:registration|reg)\\b',
    '^(?:company|business) (?:number|no\\.?)$',
    '^(?:vat|gstin?|ein|fein|abn|acn|tin|uen|cnpj|siren|siret|crn|brn|kvk|ust-?id(?:nr)?)\\.?(?:\\s*(?:no|nr|number|id|#)\\.?)?$',
  ].join('|'),
  'i',
);
/** Headers of other details that mention a registration (Business Phone Number, Registration Date). */
const NOT_LEGAL_ID = /phone|fax|mail|address|date|time|电话|地址|日期|时间|時間/i;

export function legalIdHeader(header: string): boolean {
  // Exports that join words in camel case (Xero's TaxNumber, CompanyRegNo) say the same.
  const text = header.trim().replace(/([a-z])([A-Z])/g, '$1 $2');
  return LEGAL_ID_HEADER.test(text) && !NOT_LEGAL_ID.test(text);
}

/** A legal ID: six or more letters and digits, with digits (not a Yes/No or a name). */
const LEGAL_ID = /^(?=.*\d)[0-9A-Z]{6,}$/;

/**
 * Two legal IDs, as a field keeps them, that are both IDs and more than one wrong, missing or
 * swapped character apart: two registered entities, not one ID mistyped.
 */
export function legalIdsApart(a: string, b: string): boolean {
  const x = codeKey(a);
  const y = codeKey(b);
  return x !== null && y !== null && LEGAL_ID.test(x) && LEGAL_ID.test(y) && !withinOneEdit(x, y);
}

/** 7102 and 07102: a numeric postcode Excel stored as a number lost its leading zero (a US ZIP, Darwin's 0800). */
function lostLeadingZero(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long[0] === '0' && long.endsWith(short) && /^\d+$/.test(long);
}

export function codeComparator(role: CodeRole): Comparator<string> {
  return {
    name: role,
    termFrequency: true,
    levels: LEVELS[role],
    key: codeKey,
    prepare: (key) => key,
    compare: (a, b) =>
      role === 'code' || role === 'vehicle'
        ? 1
        : role === 'postcode' && lostLeadingZero(a, b)
          ? 0
          : withinOneEdit(a, b)
            ? 1
            : 2,
    explain: (level, a, b) => ({
      similarity: level === 0 ? 1 : level === LEVELS[role].length - 1 ? 0 : 0.8,
      phrase: level === 0 && a !== b ? 'same postcode, one without its leading 0' : (NAMES[role][level] ?? 'compared'),
    }),
    blockKeys(p) {
      // One edit leaves one half of a long code intact: block on each half to find ID typos.
      if (role !== 'idNumber' || p.length < 6) return [p];
      const half = Math.floor(p.length / 2);
      return [p, `<${p.slice(0, half)}`, `>${p.slice(half + 1)}`];
    },
  };
}
