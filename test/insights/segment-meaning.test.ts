import { buildInsights } from '../../shared/insights';
import type { CellValue } from '../../shared/sheet/cell-value';

const TODAY = new Date(Date.UTC(2025, 5, 1));

/** A US export: one status written three ways, one state in two cases. */
const US_LEADS: CellValue[][] = [
  ['Full Name', 'Email', 'State', 'Status', 'Lifetime Value'],
  ['Maria Gonzalez', 'maria@sunrisebakery.com', 'FL', 'Active', '$3400'],
  ['Susan Miller', 'susan.m@gmail.com', 'TX', 'active', '$50'],
  ['Tom Brown', 'tom@brownandsons.com', 'NY', 'ACTIVE', '$120'],
  ['Ana Lopez', 'ana@lopez.com', 'fl', 'Active', '$10'],
];

/** A Chinese list: statuses by their synonyms, provinces by full and short names, owners typed loosely. */
const ZH_SALES: CellValue[][] = [
  ['姓名', '手机', '客户状态', '地区', '负责人', '累计消费金额'],
  ['张伟', '13800138000', '活跃', '浙江省', '王敏', 1000],
  ['李娜', '13900139000', 'Active', '浙江', '王敏 ', 200],
  ['王芳', '13700137000', '正常', '浙江', ' 王敏', 30],
  ['刘洋', '13600136000', '休眠', '上海', '刘洋', 4],
  ['陈静', '13500135000', '沉睡', '上海市', 'Lily Chen', 0],
  ['赵磊', '13400134000', '跟进', null, 'lily chen', 0],
  ['孙丽', '13300133000', '待定', 'Hangzhou', 'Lily Chen', 0],
  ['周强', '13200132000', ' 待定', 'hangzhou ', null, 0],
];

const segment = (values: CellValue[][], field: string) =>
  buildInsights({ name: 'List', values }, { now: TODAY })
    .segments.find((s) => s.field === field)
    ?.values.map((v) => [v.value, v.count, v.share, v.totalSpend]);

describe('report segments by what a value means', () => {
  test('counts a status written in any case as its option, under the option label', () => {
    expect(segment(US_LEADS, 'status')).toEqual([['Active', 4, 1, 3580]]);
  });

  test('counts a state by its case-folded text, shown as most rows type it', () => {
    expect(segment(US_LEADS, 'region')).toEqual([
      ['FL', 2, 0.5, 3410],
      ['NY', 1, 0.25, 120],
      ['TX', 1, 0.25, 50],
    ]);
    const mostlyLower = [...US_LEADS, ['Jo Park', 'jo@park.com', 'fl', 'Active', '$1']];
    expect(segment(mostlyLower, 'region')?.[0]).toEqual(['fl', 3, 0.6, 3411]);
  });

  test('counts Chinese synonyms as one option, a value outside the list by its text, in the Chinese label', () => {
    // 正常 (normal) is no synonym of 活跃 (active): it is counted as typed, not as the option.
    expect(segment(ZH_SALES, 'status')).toEqual([
      ['休眠', 2, 0.25, 4],
      ['待定', 2, 0.25, 0],
      ['活跃', 2, 0.25, 1200],
      ['正常', 1, 0.125, 30],
      ['跟进中', 1, 0.125, 0],
    ]);
  });

  test('counts a listed region by its short name, a city in pinyin by its Chinese name and free text by its folded form', () => {
    // Hangzhou and hangzhou on a Chinese list are 杭州, as Beijing is 北京.
    expect(segment(ZH_SALES, 'region')).toEqual([
      ['浙江', 3, 0.375, 1230],
      ['上海', 2, 0.25, 4],
      ['杭州', 2, 0.25, 0],
      ['', 1, 0.125, 0],
    ]);
    expect(segment(ZH_SALES, 'owner')).toEqual([
      ['Lily Chen', 3, 0.375, 0],
      ['王敏', 3, 0.375, 1230],
      ['刘洋', 1, 0.125, 4],
      ['', 1, 0.125, 0],
    ]);
  });
});
