/** Every layout of the column-mapping benchmark, and how a mapping scores against them. */
import { DEFAULT_TEMPLATE } from '../../../shared/template/default-template';
import { mapHeaders, mappingToJson, type HeaderMapping } from '../../../shared/template/header-mapping';
import type { Template } from '../../../shared/template/schema';
import { CONTACT_EXPORTS } from './contact-exports';
import { CRM_EXPORTS } from './crm-exports';
import { ECOMMERCE } from './ecommerce';
import { EN_LISTS } from './en-lists';
import { HELD_OUT } from './held-out';
import type { Layout } from './layout';
import { PLATFORM_EXPORTS } from './platform-exports';
import { PROBED_EXPORTS } from './probed-exports';
import { PROBER_THREE_EXPORTS } from './prober-three-exports';
import { PROBER_FOUR_EXPORTS } from './prober-four-exports';
import { PROBER_TEN_EXPORTS } from './prober-ten-exports';
import { REPORT_EXPORTS } from './report-exports';
import { UNIT_HEADERS } from './unit-headers';
import { ZH_B2B } from './zh-b2b';
import { ZH_B2C } from './zh-b2c';

export type { Layout } from './layout';

/** Layouts the mapping rules were written against. */
export const TUNED: Layout[] = [
  ...ZH_B2B,
  ...ZH_B2C,
  ...ECOMMERCE,
  ...CRM_EXPORTS,
  ...EN_LISTS,
  ...CONTACT_EXPORTS,
  ...PLATFORM_EXPORTS,
  ...UNIT_HEADERS,
  ...REPORT_EXPORTS,
  ...PROBED_EXPORTS,
  ...PROBER_THREE_EXPORTS,
  ...PROBER_FOUR_EXPORTS,
  ...PROBER_TEN_EXPORTS,
];
export { HELD_OUT };
export const LAYOUTS: Layout[] = [...TUNED, ...HELD_OUT];

export interface LayoutScore {
  layout: Layout;
  actual: Record<string, string | null>;
  /** Columns left alone that hold more values of another column's field: header -> field key. */
  second: Record<string, string>;
  /** Headers whose mapping (field, or second column of a field) differs from the expected one. */
  wrong: string[];
  customers: 'person' | 'company';
}

export function scoreLayout(layout: Layout, template: Template = DEFAULT_TEMPLATE): LayoutScore {
  return scoreMapping(layout, mapHeaders(layout.headers, template, {}, layout.rows));
}

/** How a mapping of the layout's headers (with or without its rows) compares with the expected one. */
export function scoreMapping(layout: Layout, mapping: HeaderMapping): LayoutScore {
  const actual = mappingToJson(mapping);
  const second: Record<string, string> = {};
  for (const column of mapping.columns) if (column.secondOf) second[column.header] = column.secondOf;
  const expectedSecond = layout.second ?? {};
  const wrong = layout.headers.filter(
    (h) => (actual[h] ?? null) !== (layout.expected[h] ?? null) || second[h] !== expectedSecond[h],
  );
  return { layout, actual, second, wrong, customers: mapping.customers };
}

export interface Accuracy {
  columns: number;
  columnsRight: number;
  layouts: number;
  layoutsRight: number;
}

export function accuracy(scores: readonly LayoutScore[]): Accuracy {
  const columns = scores.reduce((n, s) => n + s.layout.headers.length, 0);
  const wrong = scores.reduce((n, s) => n + s.wrong.length, 0);
  return {
    columns,
    columnsRight: columns - wrong,
    layouts: scores.length,
    layoutsRight: scores.filter((s) => s.wrong.length === 0).length,
  };
}
