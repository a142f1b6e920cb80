/**
 * A phone column where the team typed a note after every number (13911112222 (微信同号), 0571-8888 6666
 * 办公, +44 7911 123456 (work)): the header says phone and so do the numbers under the notes, so it is
 * the phone column, for check to say each note can move and clean to move it.
 */
import { mapHeaders, mappingToJson, sampleRows } from '../../shared/template/header-mapping';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { profileColumns } from '../../shared/template/column-profile';
import { isPhoneWithNote } from '../../shared/template/value-shape';
import type { CellValue } from '../../shared/sheet/cell-value';

function mapped(values: CellValue[][]) {
  return mappingToJson(mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, sampleRows(values)));
}

describe('value-shape isPhoneWithNote', () => {
  test.each([
    '13911112222 (微信同号)',
    '13822223333（微信同号）',
    '13733334444 微信同号',
    '13911112222 同微信',
    '13911112222 微信:同号',
    '13911112222(主)',
    '0571-8888 6666 办公',
    '13911112222 仅工作日',
    '13911112222 / 微信同号',
    '+44 7911 123456 (work)',
    '(415) 555-2671 (office)',
  ])('%s is a number with a note', (value) => {
    expect(isPhoneWithNote(value)).toBe(true);
  });

  test.each([
    '13911112222',
    '微信同号',
    '张伟 13911112222',
    '13911112222 请在工作日的上午九点到十二点之间打这个电话谢谢',
    '2024-03-05 (周二)',
    'C000123 (VIP)',
  ])('%s is not', (value) => {
    expect(isPhoneWithNote(value)).toBe(false);
  });
});

describe('mapHeaders of a phone column of numbers with notes', () => {
  test('手机 with a note after every number is the phone column', () => {
    const values: CellValue[][] = [
      ['客户名称', '联系人', '手机', '城市'],
      ['华为技术', '张伟', '13911112222 (微信同号)', '深圳'],
      ['小米科技', '李娜', '13822223333（微信同号）', '北京'],
      ['京东', '王芳', '13733334444 微信同号', '北京'],
    ];
    expect(mapped(values)['手机']).toBe('phone');
    expect(profileColumns(values.slice(1), 4)[2]!.notedPhone).toBe(1);
  });

  test('联系电话 with the notes a sales ledger writes (办公, 仅工作日, (主), / 微信同号) is the phone column', () => {
    expect(
      mapped([
        ['公司', '联系人', '联系电话', '备注'],
        ['杭州森源建材有限公司', '王建国', '0571-8888 6666 办公', '老客户'],
        ['上海华通物流有限公司', '陈明', '13917778888 / 微信同号', ''],
        ['苏州明德电子科技有限公司', '周杰', '13962345678(主)', ''],
        ['温州小李服装店', '李小红', '13655551234 仅工作日', ''],
      ])['联系电话'],
    ).toBe('phone');
  });

  test('an English list: Mobile with (work) and (wife) after its numbers is the phone column', () => {
    expect(
      mapped([
        ['Name', 'Company', 'Mobile', 'Notes'],
        ['Oliver Hughes', 'Hughes Joinery Ltd', '+44 7911 123456 (work)', ''],
        ['Amelia Clarke', 'Clarke & Sons', '+44 7700 123456 (wife)', 'Met at the fair'],
        ['Harry Patel', 'Patel Foods', '+44 20 7946 0958 (office)', ''],
      ])['Mobile'],
    ).toBe('phone');
  });

  test('a notes column of long remarks that happen to start with a number stays the notes', () => {
    expect(
      mapped([
        ['姓名', '手机', '备注'],
        ['张伟', '13911112222', '2024 年签约，下半年续费'],
        ['李娜', '13822223333', '3 月份来访过一次'],
        ['王芳', '13733334444', '5 个门店'],
      ])['备注'],
    ).toBe('notes');
  });
});
