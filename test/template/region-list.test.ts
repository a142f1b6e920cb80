import { checkSheet } from '../../shared/check/check-sheet';
import { normaliseCell } from '../../shared/normalise';
import { planClean } from '../../shared/operations/clean';
import { planEntry } from '../../shared/operations/entry';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { sheet, TODAY } from '../operations/fixtures';

const region = DEFAULT_TEMPLATE.fields.find((f) => f.key === 'region')!;

/** What a cell reads as in a Chinese and an English sheet (a valid value each time). */
function readAs(typed: string): unknown[] {
  return (['zh-CN', 'en-US'] as const).map((locale) => {
    const outcome = normaliseCell(region, typed, { locale, defaultRegion: 'CN' });
    return outcome.status === 'valid' ? outcome.value : outcome;
  });
}

describe('region-list', () => {
  test.each([
    ['北京市', '北京', 'Beijing'],
    ['上海市', '上海', 'Shanghai'],
    ['广西壮族自治区', '广西', 'Guangxi'],
    ['内蒙古自治区', '内蒙古', 'Inner Mongolia'],
    ['广东省', '广东', 'Guangdong'],
    ['香港特别行政区', '香港', 'Hong Kong'],
    ['Guangdong Province', '广东', 'Guangdong'],
    ['guangdong', '广东', 'Guangdong'],
  ])('reads %s as one division when the region list names it', (typed, zh, en) => {
    expect(readAs(typed)).toEqual([zh, en]);
  });

  test.each([
    ['深圳', 'a city is not a province'],
    ['吉林市', 'the city of Jilin, not the province'],
    ['广东深圳', 'a province and a city'],
    ['Sydney', 'a Western city'],
    ['Hong', 'a prefix is not guessed in an open list'],
    ['Kellerberrin', 'an Australian suburb'],
  ])('keeps %s as typed when the list does not name it (%s)', (typed) => {
    expect(readAs(typed)).toEqual([typed, typed]);
  });

  test('clean turns 北京市 into 北京 and check accepts every region when a Chinese team writes full names', () => {
    const snapshot = sheet([
      ['客户编号', '姓名', '地区'],
      ['C000001', '张伟', '北京市'],
      ['C000002', '李娜', '广西壮族自治区'],
      ['C000003', '王芳', '深圳'],
      ['C000004', '刘洋', '吉林市'],
    ]);
    // Accepted: a note that clean writes the list's name, not an error.
    const issues = checkSheet(snapshot, { now: TODAY }).issues.filter((i) => i.field === 'region');
    expect(issues.map((i) => [i.row, i.code, i.severity, i.message])).toEqual([
      [2, 'choice.nonCanonical', 'warning', '“北京市”即“北京”：清理时将写为标准选项。'],
      [3, 'choice.nonCanonical', 'warning', '“广西壮族自治区”即“广西”：清理时将写为标准选项。'],
    ]);
    const edits = planClean(snapshot, { now: TODAY }).plan.edits.filter((e) => e.col === 3);
    expect(edits.map((e) => [e.row, e.before, e.after, e.reason])).toEqual([
      [2, '北京市', '北京', 'choice.nonCanonical'],
      [3, '广西壮族自治区', '广西', 'choice.nonCanonical'],
    ]);
  });

  test('clean leaves a Western team’s cities as they are when the region column holds suburbs', () => {
    const snapshot = sheet([
      ['Customer ID', 'Name', 'City'],
      ['C000001', 'Alice Martin', 'Sydney'],
      ['C000002', 'Bob Chen', 'Beijing Municipality'],
      ['C000003', 'Carol Wu', 'Kellerberrin'],
    ]);
    const issues = checkSheet(snapshot, { now: TODAY }).issues.filter((i) => i.field === 'region');
    expect(issues.map((i) => [i.row, i.code, i.message])).toEqual([
      [3, 'choice.nonCanonical', '"Beijing Municipality" means "Beijing": cleaning writes the standard option.'],
    ]);
    const edits = planClean(snapshot, { now: TODAY }).plan.edits.filter((e) => e.col === 3);
    expect(edits.map((e) => [e.row, e.before, e.after])).toEqual([[3, 'Beijing Municipality', 'Beijing']]);
  });

  test('governs 广西壮族自治区 as it is typed into a new row when auto-govern is on', () => {
    const { plan } = planEntry({
      sheet: '客户',
      header: ['客户编号', '姓名', '地区'],
      rows: [{ row: 12, values: ['C000011', '陈静', '广西壮族自治区'] }],
      meta: {},
    });
    expect(plan.edits.map((e) => [e.row, e.col, e.after, e.reason])).toEqual([[12, 3, '广西', 'choice.nonCanonical']]);
  });
});
