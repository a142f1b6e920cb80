/**
 * 身份证号 maps to the idNumber field, which Passport, SSN and National ID map to as well. A column that
 * holds Chinese resident ID numbers has them checked (length, check digit, birth date, digits Excel
 * lost); any other column of the field is left alone; and cleaning never rewrites an ID number but
 * for its check digit x, written X.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { planClean } from '../../shared/operations/clean';
import { sheet, TODAY } from '../operations/fixtures';

const idIssues = (result: ReturnType<typeof checkSheet>, column: string) =>
  result.issues.filter((i) => i.column === column).map((i) => [i.row, i.code, i.severity]);

describe('Chinese resident ID numbers', () => {
  const members = sheet([
    ['姓名', '手机', '身份证号'],
    ['吴磊', '13800000011', '3.20102E+17'],
    ['王芳', '13800000012', '32010219850708123'],
    ['李明', '13800000013', '110101199003071234'],
    ['郑好', '13800000014', '无'],
    ['孙丽', '13800000015', '110101199013071235'],
    ['周杰', '13800000016', '11010519491231002X'],
    ['陈晨', '13800000017', '110101900307123'],
  ]);

  test('reports each broken ID number by row and column, in Chinese', () => {
    const result = checkSheet(members, { now: TODAY });
    expect(idIssues(result, '身份证号')).toEqual([
      [2, 'idNumber.digitsLost', 'error'],
      [3, 'idNumber.wrongLength', 'error'],
      [4, 'idNumber.badCheckDigit', 'error'],
      [5, 'value.placeholder', 'warning'],
      [6, 'idNumber.badBirthDate', 'error'],
    ]);
    const messages = result.issues.filter((i) => i.column === '身份证号').map((i) => i.message);
    expect(messages[0]).toBe(
      "“3.20102E+17”是被 Excel 存成数字的身份证号码，数字只保留 15 位：末几位已因科学计数法或数字格式丢失。请把这一列设为文本（或在号码前加英文单引号 '），再对照身份证重新输入。",
    );
    expect(messages[1]).toBe(
      '“32010219850708123”有 17 位：身份证号码应为 18 位（最后一位可以是 X），旧式为 15 位。少了或多了数字，请对照身份证核对。',
    );
    expect(messages[2]).toBe(
      '“110101199003071234”的校验码不对：最后一位与前 17 位算出的不符，说明有数字录错了，请对照身份证核对。',
    );
    expect(messages[4]).toContain('（1990-13-07）');
  });

  test('reports them in English for an English list whose National ID column holds them', () => {
    const result = checkSheet(
      sheet([
        ['Name', 'Phone', 'National ID'],
        ['Wu Lei', '+86 138 0000 0011', '110101199003071233'],
        ['Wang Fang', '+86 138 0000 0012', '32010219850708123'],
      ]),
      { now: TODAY },
    );
    expect(idIssues(result, 'National ID')).toEqual([[3, 'idNumber.wrongLength', 'error']]);
    expect(result.issues.find((i) => i.column === 'National ID')?.message).toBe(
      '"32010219850708123" has 17 characters: a Chinese resident ID number has 18 (the last may be X), or 15 for an old one. A digit is missing or extra: check it against the ID card.',
    );
  });

  test('says digits were lost from an ID number a numeric cell holds, instead of offering it as text', () => {
    const result = checkSheet(
      sheet([
        ['姓名', '手机', '身份证号'],
        ['吴磊', '13800000011', 320102198507081200],
        ['王芳', '13800000012', 440301199211024600],
      ]),
      { now: TODAY },
    );
    expect(idIssues(result, '身份证号')).toEqual([
      [2, 'idNumber.digitsLost', 'error'],
      [3, 'idNumber.digitsLost', 'error'],
    ]);
  });

  test.each([
    ['Passport', ['E12345678', 'G87654321', 'EA1234567']],
    ['SSN', ['078051120', '219099999', '457555462']],
    // Indonesian NIKs have 16 digits: another country's, though near a Chinese number's length.
    ['National ID', ['3171234567890123', '3276543210987654', '3578901234567890']],
    // Mostly passports, one Chinese number with a wrong check digit among them.
    ['证件号码', ['E12345678', 'G87654321', '110101199003071234']],
  ])('leaves a %s column of other IDs alone', (header, ids) => {
    const result = checkSheet(
      sheet([['Name', 'Email', header], ...ids.map((id, i) => [`Customer ${i}`, `c${i}@example.com`, id])]),
      { now: TODAY },
    );
    expect(result.mapping.columns.find((c) => c.header === header)?.field).toBe('idNumber');
    expect(idIssues(result, header)).toEqual([]);
  });

  test('clean never rewrites an ID number, valid, broken or stored as a number, but for a check digit x', () => {
    const snapshot = sheet([
      ['姓名', '手机', '身份证号'],
      ['吴磊', '+86 138 0000 0011', ' 11010519491231002x '],
      ['王芳', '13800000012', '１１０１０１１９９００３０７１２３３'],
      ['李明', '13800000013', 320102198507081200],
      ['郑好', '13800000014', '110101 19900307 1233'],
    ]);
    const { plan, summary } = planClean(snapshot, { now: TODAY });
    // The check digit x is written X, the same digit in its standard form; its spaces stay as typed.
    expect(plan.edits.filter((e) => e.col === 3).map((e) => [e.row, e.after])).toEqual([[2, ' 11010519491231002X ']]);
    expect(plan.edits.map((e) => [e.row, e.col])).toContainEqual([2, 2]);
    expect(summary.unfixable).toBe(1);
    expect(checkSheet(snapshot, { now: TODAY }).issues.filter((i) => i.column === '身份证号')).toEqual([
      expect.objectContaining({ row: 2, code: 'idNumber.lowercaseX', severity: 'warning' }),
      expect.objectContaining({ row: 4, code: 'idNumber.digitsLost' }),
    ]);
  });

  test('clean leaves a passport number as typed too', () => {
    const snapshot = sheet([
      ['Name', 'Email', 'Passport'],
      ['Ann Lee', 'ann@example.com', ' E12345678 '],
      ['Bob Smith', 'bob@example.com', 'Ｇ８７６５４３２１'],
    ]);
    expect(planClean(snapshot, { now: TODAY }).plan.edits.filter((e) => e.col === 3)).toEqual([]);
  });
});
