/**
 * 03/04/1995 is 3 April to a member book written day first and 4 March to a US list. Clean reads it
 * the way the column's unambiguous dates are written, and where none says, leaves it as typed and
 * check names both readings: a birthday is never moved to another day.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { sheet, TODAY } from './fixtures';

const editsOf = (values: (string | null)[][], locale?: 'en-US' | 'zh-CN') =>
  planClean(sheet(values), { now: TODAY, ...(locale ? { locale } : {}) }).plan.edits.map((e) => [e.row, e.after]);

describe('dates that could be day or month first', () => {
  it('reads a Chinese member book written day first the way its other birthdays are written', () => {
    const members = [
      ['会员姓名', '手机号', '生日'],
      ['李梅', '15012345679', '13/04/1995'],
      ['黄磊', '15012345680', '25/12/1988'],
      ['刘洋', '15012345681', '30/06/1991'],
      ['陈晓东', '15012345678', '03/04/1995'],
    ];
    const edits = planClean(sheet(members), { now: TODAY }).plan.edits.filter((e) => e.col === 3);
    expect(edits.map((e) => [e.row, e.before, e.after])).toEqual([
      [2, '13/04/1995', '1995-04-13'],
      [3, '25/12/1988', '1988-12-25'],
      [4, '30/06/1991', '1991-06-30'],
      [5, '03/04/1995', '1995-04-03'],
    ]);
  });

  it('reads a US list month first when its dates say so', () => {
    const us = [
      ['Name', 'Email', 'Customer Since'],
      ['Dana Whitfield', 'dana@whitfield.io', '04/15/2024'],
      ['Sam Ortiz', 'sam@ortiz.dev', '03/04/2024'],
    ];
    expect(editsOf(us, 'en-US').filter(([, after]) => String(after).startsWith('2024'))).toEqual([
      [2, '2024-04-15'],
      [3, '2024-03-04'],
    ]);
  });

  it('leaves a date as typed when nothing says which, and check names both readings in either language', () => {
    const values = [
      ['姓名', '手机', '生日'],
      ['张三', '13800138000', '03/04/1995'],
      ['李四', '13900139000', '1990-05-06'],
    ];
    const { plan, summary } = planClean(sheet(values), { now: TODAY });
    expect(plan.edits.filter((e) => e.row === 2 && e.col === 3)).toEqual([]);
    expect(summary.unfixable).toBe(1);
    const inLocale = (locale: 'zh-CN' | 'en-US') =>
      checkSheet(sheet(values), { now: TODAY, locale }).issues.find((i) => i.row === 2 && i.column === '生日');
    expect(inLocale('zh-CN')).toMatchObject({ code: 'date.ambiguous', severity: 'warning', value: '03/04/1995' });
    expect(inLocale('zh-CN')!.message).toContain('1995-04-03 或 1995-03-04');
    expect(inLocale('en-US')!.message).toContain('1995-04-03 or 1995-03-04');
  });

  it('does not learn an order from a column written both ways', () => {
    const mixed = [
      ['Name', 'Joined'],
      ['Ann Lee', '25/12/2023'],
      ['Bo Chen', '12/26/2023'],
      ['Cy Park', '03/04/2024'],
    ];
    const issues = checkSheet(sheet(mixed), { now: TODAY, locale: 'en-US' }).issues.filter(
      (i) => i.column === 'Joined',
    );
    expect(issues.find((i) => i.row === 4)).toMatchObject({ code: 'date.ambiguous' });
    expect(issues.find((i) => i.row === 2)).toMatchObject({ suggestion: '2023-12-25' });
  });
});
