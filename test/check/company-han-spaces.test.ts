/**
 * A space typed between the Han characters of a company name (悟空CRM's 全角 space, U+3000: 北京 星河…) is
 * no part of the name: it is removed, as in a person's name, so the two rows of one company read alike.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { normaliseCell } from '../../shared/normalise';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { sheet, TODAY } from '../operations/fixtures';

const WUKONG: CellValue[][] = [
  ['客户名称', '联系人', '手机', '客户级别'],
  ['北京　星河文化传媒有限公司', '马　丽', '１３９１２３４５６７８', 'Ａ'],
  ['北京星河文化传媒有限公司', '马丽', '13912345678', 'A'],
];

const company = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'company')!;
const clean = (value: string) => normaliseCell(company, value, { now: TODAY, locale: 'zh-CN', defaultRegion: 'CN' });

describe('company names: spaces between Han characters', () => {
  test('check proposes the name without the full-width space, a visible change', () => {
    const issue = checkSheet(sheet(WUKONG), { now: TODAY }).issues.find((i) => i.row === 2 && i.field === 'company');
    expect(issue?.suggestion).toBe('北京星河文化传媒有限公司');
    expect(issue?.message).toContain('“北京星河文化传媒有限公司”');
  });

  test('clean writes the name as the other row has it', () => {
    const edits = planClean(sheet(WUKONG), { now: TODAY }).plan.edits.filter((e) => e.col === 1);
    expect(edits.map((e) => [e.row, e.after])).toEqual([[2, '北京星河文化传媒有限公司']]);
  });

  test.each([
    ['北京 星河文化传媒有限公司', '北京星河文化传媒有限公司'],
    ['华为技术有限公司  深圳分公司', '华为技术有限公司深圳分公司'],
  ])('%s is written %s', (typed, written) => {
    expect(clean(typed)).toEqual({ status: 'valid', value: written });
  });

  test.each([['Apple 中国'], ['星河 Media'], ['北京星河文化传媒有限公司 (BJ)'], ['ABC Trading Ltd']])(
    'a space beside a Latin word stays: %s',
    (typed) => {
      expect(clean(typed)).toEqual({ status: 'valid', value: typed });
    },
  );
});
