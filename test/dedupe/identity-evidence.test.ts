/**
 * A pair of rows is one customer only on evidence of who they are: a name, phone, e-mail, ID or
 * account that agrees. WeCom exports hold contacts who shared no name (微信用户) and no phone,
 * added by one salesperson at one trade show; families share a home phone.
 */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const clustersOf = (values: CellValue[][]) => findDuplicates({ name: '客户', values }).clusters;
const merged = (values: CellValue[][]) =>
  clustersOf(values)
    .filter((c) => c.band === 'merge')
    .map((c) => c.rows);

describe('findDuplicates needs evidence of identity', () => {
  test('two people of other names and birthdays who share a phone (a couple) are not one customer', () => {
    const values: CellValue[][] = [
      ['姓名', '性别', '生日', '手机'],
      ['王芳', '女', '1990-03-05', '13912345678'],
      ['张伟', '男', '1992-07-08', '13912345678'],
      ['李明', '男', '1980-01-01', '13787654321'],
    ];
    expect(merged(values)).toEqual([]);
  });

  test('a renamed row that keeps its phone and birthday is still one customer', () => {
    const values: CellValue[][] = [
      ['姓名', '性别', '生日', '手机'],
      ['王芳', '女', '1990-03-05', '13912345678'],
      ['汪方', '女', '1990-03-05', '13912345678'],
      ['李明', '男', '1980-01-01', '13787654321'],
    ];
    expect(clustersOf(values).some((c) => c.rows.includes(2) && c.rows.includes(3))).toBe(true);
  });

  test('WeCom contacts with no name and no phone, added on one day, are not grouped', () => {
    const sameDay: CellValue[][] = [
      ['客户名称', '添加人', '添加时间', '手机号'],
      ['微信用户', '李华', '2024-03-05', null],
      ['微信用户', '李华', '2024-03-05', null],
      ['张三', '张敏', '2024-03-06', '13922223333'],
    ];
    expect(clustersOf(sameDay)).toEqual([]);
    const minutesApart: CellValue[][] = [
      ['客户名称', '添加人', '添加时间', '手机号'],
      ['微信用户', '李华', '2024-03-05 09:30:00', null],
      ['微信用户', '李华', '2024-03-05 09:30:40', null],
      ['微信用户', '李华', '2024-03-05 09:31:20', null],
      ['微信用户', '张敏', '2024-03-05 14:00:00', null],
      ['张三', '张敏', '2024-03-06 10:00:00', '13922223333'],
    ];
    expect(clustersOf(minutesApart)).toEqual([]);
  });

  test('WeCom contacts with no name who share a mobile are one customer', () => {
    const values: CellValue[][] = [
      ['客户名称', '添加人', '添加时间', '手机号'],
      ['微信用户', '李华', '2024-03-05 09:30:00', '13911112222'],
      ['微信用户', '张敏', '2024-04-10 15:00:00', '139 1111 2222'],
      ['张三', '张敏', '2024-03-06 10:00:00', '13922223333'],
    ];
    expect(clustersOf(values).map((c) => c.rows)).toEqual([[2, 3]]);
  });

  test('says "same day" for two times of one day, not "same"', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '添加时间'],
      ['陈晓明', '13926001234', '2024-03-05 09:30:00'],
      ['陈晓明', '139 2600 1234', '2024-03-05 16:45:00'],
      ['李华', '13800001111', '2024-04-01 10:00:00'],
    ];
    const reason = clustersOf(values)[0]!.reasons.find((r) => r.column === '添加时间');
    expect(reason?.level).not.toBe('exact');
    expect(reason?.message).toMatch(/same day/);
  });
});
