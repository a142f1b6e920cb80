/**
 * kim@gmial.com is a valid address, probably mistyped: check warns and names the likely domain;
 * clean leaves the domain as typed, since the address may be exactly the one the customer uses, and
 * changes only what never changes an address's meaning (KIM@GMIAL.COM's capitals).
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import type { CellValue } from '../../shared/sheet/cell-value';
import { TODAY } from '../operations/fixtures';

const TYPED = ['kim@gmial.com', 'eve@hotmial.com', 'liz@go.con', 'ann@qq.con', 'bo@163.cm', 'cy@yaho.com'];
const REAL = ['wang@gmail.com', 'li@163.com', 'zhao@qq.com', 'sun@company.cn', 'tom@gmail.co.uk'];

function customers(): CellValue[][] {
  return [['姓名', '邮箱'], ...[...TYPED, ...REAL].map((email, i) => [`客户${i + 1}`, email])];
}

describe('email domain typos in check and clean', () => {
  test('each typo domain is a warning naming the likely domain; real domains are not flagged', () => {
    const result = checkSheet({ name: '客户', values: customers() }, { now: TODAY, locale: 'en-US' });
    const emails = result.issues.filter((i) => i.column === '邮箱');
    expect(emails.map((i) => [i.row, i.code, i.severity, i.value, i.suggestion])).toEqual(
      TYPED.map((email, i) => [i + 2, 'email.domainTypo', 'warning', email, null]),
    );
    expect(emails.map((i) => i.message)).toEqual([
      '"kim@gmial.com": the domain looks like a typo of gmail.com; left as typed. Check the address with the customer and correct it if it is wrong.',
      '"eve@hotmial.com": the domain looks like a typo of hotmail.com; left as typed. Check the address with the customer and correct it if it is wrong.',
      '"liz@go.con": the domain looks like a typo of go.com; left as typed. Check the address with the customer and correct it if it is wrong.',
      '"ann@qq.con": the domain looks like a typo of qq.com; left as typed. Check the address with the customer and correct it if it is wrong.',
      '"bo@163.cm": the domain looks like a typo of 163.com; left as typed. Check the address with the customer and correct it if it is wrong.',
      '"cy@yaho.com": the domain looks like a typo of yahoo.com; left as typed. Check the address with the customer and correct it if it is wrong.',
    ]);
  });

  test('the Chinese message names the likely domain too', () => {
    const result = checkSheet({ name: '客户', values: customers() }, { now: TODAY, locale: 'zh-CN' });
    expect(result.issues.find((i) => i.row === 2)?.message).toBe(
      '“kim@gmial.com”：邮箱域名疑似 gmail.com 的笔误，已原样保留。请向客户核实，确有错误再改正。',
    );
  });

  test('in capitals it is still one issue, the typo, and clean writes it in small letters, domain kept', () => {
    const values: CellValue[][] = [
      ['姓名', '邮箱'],
      ['金', 'KIM@GMIAL.COM'],
      ['王', 'WANG@GMAIL.COM'],
    ];
    const result = checkSheet({ name: '客户', values }, { now: TODAY, locale: 'en-US' });
    expect(result.issues.map((i) => [i.row, i.code, i.severity, i.suggestion])).toEqual([
      [2, 'email.domainTypo', 'warning', 'kim@gmial.com'],
      [3, 'email.nonCanonical', 'warning', 'wang@gmail.com'],
    ]);
    expect(result.issues[0]!.message).toBe(
      '"KIM@GMIAL.COM": the domain looks like a typo of gmail.com; only its capitals will change (kim@gmial.com), the domain is left as typed. Check the address with the customer and correct it if it is wrong.',
    );
    const zh = checkSheet({ name: '客户', values }, { now: TODAY, locale: 'zh-CN' });
    expect(zh.issues[0]!.message).toBe(
      '“KIM@GMIAL.COM”：邮箱域名疑似 gmail.com 的笔误，将只改为小写（kim@gmial.com），域名原样保留。请向客户核实，确有错误再改正。',
    );
    const { plan } = planClean({ name: '客户', values }, { now: TODAY });
    expect(plan.edits.filter((e) => e.col === 2).map((e) => [e.row, e.after])).toEqual([
      [2, 'kim@gmial.com'],
      [3, 'wang@gmail.com'],
    ]);
  });

  test('a cleaned typo is still reported on the next check, as typed', () => {
    const values: CellValue[][] = [
      ['姓名', '邮箱'],
      ['金', 'kim@gmial.com'],
    ];
    const result = checkSheet({ name: '客户', values }, { now: TODAY });
    expect(result.issues.map((i) => [i.row, i.code, i.suggestion])).toEqual([[2, 'email.domainTypo', null]]);
  });

  test('clean changes none of the addresses and counts the typos among what it left', () => {
    const { plan, summary } = planClean({ name: '客户', values: customers() }, { now: TODAY });
    expect(plan.edits.filter((e) => e.col === 2)).toEqual([]);
    expect(summary.unfixable).toBe(TYPED.length);
  });
});
