import { findDuplicates } from '../../shared/dedupe';
import { emailComparator } from '../../shared/dedupe/compare/email';
import type { CellValue } from '../../shared/sheet/cell-value';

const groups = (values: CellValue[][]) =>
  findDuplicates({ name: '客户', values }).clusters.map((c) => ({ rows: c.rows, band: c.band }));

describe('a phone or e-mail cell that holds several values', () => {
  test('a WeCom contact with two numbers in 备注手机号 meets the row that has one of them', () => {
    // Two staff members added the same customer; one wrote both of her numbers.
    const wecom: CellValue[][] = [
      ['客户名称', '添加人', '备注手机号'],
      ['张三', '李华', '13800138000,13912345678'],
      ['张三', '王敏', '13800138000'],
      ['张三', '李华', '13700137000'],
      ['李娜', '王敏', '13600136000'],
    ];
    expect(groups(wecom)).toEqual([{ rows: [2, 3], band: 'merge' }]);
  });

  test('Google Contacts’ " ::: " and a slash join numbers alike; the second number matches too', () => {
    const contacts: CellValue[][] = [
      ['Name', 'Phone 1 - Value', 'E-mail 1 - Value'],
      ['Ann Lee', '(415) 555-0132 ::: +1 650-253-0000', ''],
      ['Ann Lee', '650-253-0000', 'ann@example.com'],
      ['Ann Lee', '(212) 555-0199', 'ann.lee@other.example'],
      ['Bob Stone', '415-555-0177 / 415-555-0178', 'bob@example.com'],
    ];
    const found = groups(contacts);
    expect(found).toContainEqual({ rows: [2, 3], band: 'merge' });
    expect(found.some((g) => g.rows.includes(4))).toBe(false);
  });

  test('two cells of several numbers with none in common are two numbers', () => {
    const apart: CellValue[][] = [
      ['姓名', '手机'],
      ['陈静', '13800138000/13800138001'],
      ['陈静', '13912345678/13912345679'],
      ['王芳', '13700137000'],
    ];
    expect(groups(apart).filter((g) => g.band === 'merge')).toEqual([]);
  });

  test('a cell of several e-mail addresses is keyed, blocked and compared as each of them', () => {
    const email = emailComparator();
    const several = email.key('ann@work.example ::: ANN.LEE@gmail.com')!;
    expect(several).toBe('ann.lee@gmail.com ann@work.example');
    const [both, one, other] = [several, 'ann.lee@gmail.com', 'bob@example.com'].map((k) => email.prepare(k));
    expect(email.blockKeys!(both!, several)).toEqual(expect.arrayContaining(['ann.lee@gmail.com', 'ann@work.example']));
    expect(email.levels[email.compare(both!, one!)]!.label).toBe('exact');
    expect(email.levels[email.compare(one!, both!)]!.label).toBe('exact');
    expect(email.levels[email.compare(both!, other!)]!.label).toBe('different');
    // An address with a space in it is one mistyped address, not two.
    expect(email.key('ann lee@example.com')).toBe('ann lee@example.com');
  });
});
