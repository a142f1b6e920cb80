/**
 * A merged-away row's values that the kept row lacks or holds otherwise, and that no rule writes to
 * the kept row or its notes (a clinic's second 病历号, another 主治医生 and 诊断), are in the archive
 * alone after the merge: the merge says which, by column and row, in both languages.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import type { Locale } from '../../shared/i18n/locale';
import { mergeAndApply, optionsFor, sheet } from './fixtures';

// A dental clinic's patient list: 周杰 was registered twice, at two visits, by two doctors.
const CLINIC: CellValue[][] = [
  ['病历号', '患者姓名', '性别', '年龄', '出生日期', '手机号码', '主治医生', '诊断', '过敏史'],
  ['BL20230001', '周杰', '男', '35', '1989-01-18', '13712345678', '刘医生', '龋齿', '青霉素'],
  ['BL20230002', '周 杰', '男', '35', '1989/1/18', '137 1234 5678', '王医生', '洗牙', ''],
];

function merge(values: CellValue[][], locale: Locale) {
  const snapshot = sheet(
    '患者',
    values.map((r) => [...r]),
  );
  return mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, locale, { masters: { 0: 2 } }));
}

describe('merge says what only the archive keeps', () => {
  test('names the second record number, doctor and diagnosis, in Chinese', () => {
    const { rowAt, result } = merge(CLINIC, 'zh-CN');
    expect(rowAt(2)).toMatchObject({ 病历号: 'BL20230001', 主治医生: '刘医生', 诊断: '龋齿' });
    expect(result.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      [
        'values.archiveOnly',
        'warning',
        '第 1 组：合并掉的行有以下内容，保留的行没有或与之不同，没有写入保留的行，只保存在归档中：第 3 行（病历号：BL20230002，主治医生：王医生，诊断：洗牙）',
      ],
    ]);
  });

  test('names them in English', () => {
    const { result } = merge(CLINIC, 'en-US');
    expect(result.problems.map((p) => p.message)).toEqual([
      'Group 1: the rows merged away hold these values, which the kept row lacks or has otherwise; they were not written to the kept row and are kept in the archive only: row 3 (病历号: BL20230002, 主治医生: 王医生, 诊断: 洗牙)',
    ]);
  });

  test('a value the kept row lacks is named too', () => {
    const values = CLINIC.map((r) => [...r]);
    values[1]![6] = '';
    const { rowAt, result } = merge(values, 'zh-CN');
    // The keep-one rule fills the kept row's blank doctor from the other row: not said.
    expect(rowAt(2)['主治医生']).toBe('王医生');
    expect(result.problems[0]!.message).toContain('第 3 行（病历号：BL20230002，诊断：洗牙）');
  });

  test('says nothing when the other row holds the same values written another way', () => {
    const values = CLINIC.map((r) => [...r]);
    values[2] = ['bl20230001', '周 杰', '男', '35', '1989/1/18', '137 1234 5678', '刘医生', '龋齿', ''];
    expect(merge(values, 'zh-CN').result.problems).toEqual([]);
  });
});
