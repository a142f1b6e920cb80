import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

const groups = (values: CellValue[][]) =>
  findDuplicates({ name: 'List', values }, { reviewThreshold: 0.3 }).clusters.map((c) => ({
    rows: c.rows,
    band: c.band,
    confidence: c.confidence,
  }));

describe('findDuplicates on rows that share only a name', () => {
  test('reviews, never merges, a 张伟 who left nothing else beside a 张伟 with a phone and a company', () => {
    // A shop's walk-in book: most rows have a number; one 张伟 left only his name and city.
    const shop: CellValue[][] = [
      ['姓名', '手机', '公司', '城市'],
      ['张伟', '13800138000', '宏达贸易', '杭州'],
      ['李娜', '13912345678', '华通物流', '上海'],
      ['王芳', '13700137000', '源泉科技', '杭州'],
      ['张伟', null, null, '杭州'],
      ['刘洋', '13600136000', '星河传媒', '南京'],
    ];
    expect(groups(shop)).toEqual([{ rows: [2, 5], band: 'review', confidence: 0.56 }]);
  });

  test('reviews a lead list’s Jennifer Lopez with no e-mail, phone or company', () => {
    const contacts: CellValue[][] = [
      ['Name', 'Company', 'Email', 'Phone'],
      ['Robert Smith', 'Acme Corp', 'robert.smith@acme.com', '(415) 555-0134'],
      ['Jennifer Lopez', 'Blue Harbor LLC', 'jlopez@blueharbor.com', '212-555-0188'],
      ['Katherine Brown', 'Summit Dental', 'kbrown@summitdental.com', '617-555-0100'],
      ['Jennifer Lopez', null, null, null],
    ];
    expect(groups(contacts)).toEqual([{ rows: [3, 5], band: 'review', confidence: 0.56 }]);
  });

  test('still merges rows that share only a name when a third row agrees with each on more', () => {
    const list: CellValue[][] = [
      ['姓名', '手机', '邮箱', '城市'],
      ['张伟', null, 'zw@163.com', '杭州'],
      ['张伟', '13800138000', null, '杭州'],
      ['张伟', '13800138000', 'zw@163.com', '杭州'],
      ['李娜', '13912345678', 'ln@qq.com', '上海'],
    ];
    expect(groups(list)).toEqual([expect.objectContaining({ rows: [2, 3, 4], band: 'merge' })]);
  });

  test('still merges a name typed twice where both rows hold nothing else: the rows are identical', () => {
    const list: CellValue[][] = [
      ['姓名', '手机', '邮箱'],
      ['李娜', '13912345678', 'ln@qq.com'],
      ['王芳', null, null],
      ['王芳', null, null],
    ];
    expect(groups(list)).toEqual([expect.objectContaining({ rows: [3, 4], band: 'merge' })]);
  });

  test('still merges one person whose name and e-mail agree though the phone is missing', () => {
    const list: CellValue[][] = [
      ['Name', 'Email', 'Phone'],
      ['Maria Gonzalez', 'maria@sunrisebakery.com', '(305) 555-0142'],
      ['Maria Gonzalez', 'maria@sunrisebakery.com', null],
      ['Tom Brown', 'tom@brownandsons.com', '(718) 555-0199'],
    ];
    expect(groups(list)).toEqual([expect.objectContaining({ rows: [2, 3], band: 'merge' })]);
  });
});
