/**
 * A WeCom customer export: 性别 is 未知 for every contact who set none. Not given is no problem to
 * report and nothing to rewrite: check says nothing of it and clean leaves it as typed, while 男 and
 * 女 stay as they are and M becomes 男 as before.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { Locale } from '../../shared/i18n/locale';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const WECOM: CellValue[][] = [
  ['客户名称', '备注名', '性别', '添加人', '添加时间', '备注手机号'],
  ['A-阳光', '苏海思', '男', '赵敏', '2024-08-19 12:07:20', '18117057776'],
  ['晴天', '朱敏晓', '未知', '赵敏', '2023-01-15 19:47:58', '15053555536'],
  ['Lily', '许敏', '女', '林涛', '2023-01-22 15:00:02', '18004444825'],
  ['kk79', '毛嘉佳', '保密', '林涛', '2023-11-04 11:16:37', '13320442417'],
  ['Mr.Chen12', '陈辉', 'M', '马超', '2023-04-10 16:52:05', '18770130932'],
];
const SIGNUPS: CellValue[][] = [
  ['Name', 'Email', 'Gender'],
  ['Sarah Johnson', 'sarah@northwind.com', 'Female'],
  ['Alex Kim', 'alex.kim@contoso.com', 'Prefer not to say'],
  ['Michael Chen', 'mchen@contoso.com', 'male'],
  ['Sam Taylor', 'sam.taylor@fabrikam.com', 'Unknown'],
];

describe('check-sheet', () => {
  // Options are written in the sheet's language: an English check writes 男 as Male.
  test.each<[Locale, CellValue[]]>([
    ['zh-CN', ['M']],
    ['en-US', ['男', '女', 'M']],
  ])('says nothing of 未知 and 保密 as a gender, in %s', (locale, reported) => {
    const { issues } = checkSheet(sheet(WECOM), { now: TODAY, locale });
    const genders = issues.filter((i) => i.column === '性别');
    expect(genders.map((i) => i.value)).toEqual(reported);
    expect(genders.every((i) => i.code === 'choice.nonCanonical')).toBe(true);
  });

  test.each<[Locale, CellValue[]]>([
    ['en-US', ['male']],
    ['zh-CN', ['Female', 'male']],
  ])('says nothing of Prefer not to say and Unknown, in %s', (locale, reported) => {
    const { issues } = checkSheet(sheet(SIGNUPS), { now: TODAY, locale });
    expect(issues.filter((i) => i.column === 'Gender').map((i) => i.value)).toEqual(reported);
  });

  test('clean leaves a gender not given as typed: 未知 never becomes 其他', () => {
    const { plan } = planClean(sheet(WECOM), { now: TODAY, locale: 'zh-CN' });
    const genders = plan.edits.filter((e) => e.col === 3);
    expect(genders.map((e) => [e.row, e.before, e.after])).toEqual([[6, 'M', '男']]);
  });
});
