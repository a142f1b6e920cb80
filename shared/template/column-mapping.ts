/**
 * What the mapping says of each column and of the sheet: the field a column holds (or why it holds
 * none), the fields indexed by column, and who the customers are. mapHeaders (header-mapping.ts)
 * builds it.
 */
import type { Locale } from '../i18n/locale';
import { columnNames } from '../sheet/column-names';
import type { NamePart } from './header-words';
import type { ValueShape } from './value-shape';

export type MatchKind = 'label' | 'synonym' | 'partial' | 'values' | 'manual' | 'none';

export interface ColumnMapping {
  col: number;
  header: string;
  /** Template field key, or null for a column Custodian leaves alone. */
  field: string | null;
  /** Set when the column holds one part of a split name. */
  part?: NamePart;
  /** The unit the header names after the field's words, as typed in its brackets: 元 of 累计消费金额(元), USD, 万元, 次. */
  unit?: string;
  match: MatchKind;
  /** The shape most sampled values have, when the values confirmed or chose the field. */
  evidence?: ValueShape;
  /**
   * The values overruled the header: a person-name header over company names maps to the company, and
   * Outlook's Title of Mr. and Ms. to the template's salutation field (when it has one).
   */
  redirected?: boolean;
  /**
   * Set on a column left without a field whose header names a field another column holds (座机 beside
   * 手机, Mobile beside Phone, 累计消费金额 beside 累计消费金额(元), 成为会员时间 beside 注册时间): more of the
   * customer's values, checked and cleaned as that field; a row's number there is its phone when the
   * phone's own column is blank.
   */
  secondOf?: string;
  /**
   * The field's label would say something else than the header: QuickBooks' Customer or Xero's
   * ContactName, of companies and people, held as the company. Setup keeps the header as typed.
   */
  keepHeader?: boolean;
  /**
   * Set on a column left without a field because it holds another person's details than the row's
   * customer's: the order's buyer on an attendee list (Buyer Email, 购票人手机), an emergency contact,
   * the recipient beside the buyer on an order export (Shipping Phone, 收货人手机号). No evidence of
   * who the customer is, though its values look like an e-mail or a phone.
   */
  someoneElse?: boolean;
  /**
   * Set on a column left without a field that holds the field's value where the field's own column
   * is blank: a WeCom export's 客户名称, the customer's WeChat name, beside the remark name 备注名 the
   * salesperson typed (the name when given); 开票信息's 地址电话, an address ending in the phone.
   */
  standsInFor?: string;
}

export interface HeaderMapping {
  columns: ColumnMapping[];
  /** Field key -> column number, for fields held in one column. */
  byField: Record<string, number>;
  /** Columns of a name split into given and family parts (when the sheet has them). */
  nameParts?: { given?: number; family?: number };
  /** Template fields the sheet has no column for (the customer's name is not missing from a list of companies). */
  missing: string[];
  /** Who the customers are: people, or companies (a company column and no person-name column of their own). */
  customers: 'person' | 'company';
}

/**
 * The mapping as `custodian check --json` reports it: header -> field key (`name.given` for parts) or
 * null; a header two columns share is given with each one's letter, as check's issues name them.
 */
export function mappingToJson(mapping: HeaderMapping, locale: Locale = 'en-US'): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  const names = columnNames(
    mapping.columns.map((c) => c.header),
    locale,
  );
  for (const column of mapping.columns) {
    if (!column.header) continue;
    out[names[column.col - 1] ?? column.header] = column.field
      ? column.part
        ? `${column.field}.${column.part}`
        : column.field
      : null;
  }
  return out;
}
