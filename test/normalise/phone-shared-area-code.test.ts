/**
 * Chinese lists write two lines of one office with their area code once: 0551-65331234/65335678,
 * 0571-88886666、88887777, or 021-6361 1226/1227 with only the last group changed. Such a cell is two
 * numbers (phone.several), the second in the first's area code; a second part the first number does
 * not settle (a length that is neither its local number's nor its last group's) leaves the cell as typed.
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { checkSheet } from '../../shared/check/check-sheet';
import { normalisePhone } from '../../shared/normalise/phone';
import { phoneParts } from '../../shared/normalise/phone-parts';
import { readPhone } from '../../shared/normalise/phone-reading';

const TODAY = new Date(Date.UTC(2024, 2, 15));
const reads = (text: string) => readPhone(text, { home: 'CN', sheet: 'CN', row: null }).kind === 'valid';

describe('phoneParts of numbers sharing an area code', () => {
  test.each([
    ['0551-65331234/65335678', ['0551-65331234', '0551-65335678']],
    ['0571-88886666、88887777', ['0571-88886666', '0571-88887777']],
    ['021-6361 1226/1227', ['021-6361 1226', '021-6361 1227']],
    ['(0571)85001234/85001235', ['(0571)85001234', '(0571)85001235']],
    ['010-62345678 / 62345679', ['010-62345678', '010-62345679']],
    ['0571-88886666/88887777/88889999', ['0571-88886666', '0571-88887777', '0571-88889999']],
  ])('reads %s as whole numbers', (typed, parts) => {
    expect(phoneParts(typed, reads)).toEqual(parts);
  });

  test.each([
    // Six digits: neither the local number's eight nor the last group's four.
    ['0551-65331234/655678'],
    // No group typed: which digits 5678 replaces is not written.
    ['0551-65331234/5678'],
    // A mobile first has no area code to share.
    ['13800138000/13800139'],
  ])('leaves %s alone when the first number does not settle the second', (typed) => {
    expect(phoneParts(typed, reads)).toBeNull();
  });
});

describe('normalisePhone of numbers sharing an area code', () => {
  test.each([['0551-65331234/65335678'], ['0571-88886666、88887777'], ['021-6361 1226/1227']])(
    'reports %s as several numbers, not as no number',
    (typed) => {
      expect(normalisePhone(typed, { defaultRegion: 'CN' })).toEqual({ status: 'invalid', code: 'phone.several' });
    },
  );

  test('still calls a second part of another length no number', () => {
    expect(normalisePhone('0551-65331234/655678', { defaultRegion: 'CN' })).toEqual({
      status: 'invalid',
      code: 'phone.invalid',
    });
  });
});

// 金蝶 K/3's 客户档案 export: its title across the columns, then rows 10 to 14 below its header in row 3.
// prettier-ignore
const KINGDEE: CellValue[][] = [
  ['客户档案', null, null, null, null, null, null, null, null, null, null, null, null, null, null],
  ['组织：杭州总部', null, null, null, null, null, null, null, null, null, null, null, null, null, '打印日期：2024-03-15'],
  ['客户编码', '客户名称', '简称', '客户类别', '联系人', '联系电话', '手机', '传真', '税号', '开户银行', '银行账号', '地址', '业务员', '所属部门', '信用额度'],
  ['KH0007', '上海浦东发展银行股份有限公司', '浦发银行', '普通客户', '赵行长', '021-63611226', '', '', '9131000013221158XB', '', '', '上海市中山东一路12号', '王磊', '华东销售部', ''],
  ['KH0008', '苏州工业园区星海电子有限公司', '星海电子', '普通客户', '陈晓', '0512-6288 1234 ext 305', '15150001234', '', '91320594MA1MXXXX12', '农业银行园区支行', '10550101040012345', '苏州工业园区星湖街328号', '王磊', '华东销售部', 100000],
  ['KH0009', '南京金陵制药有限公司', '金陵制药', '普通客户', '孙主任', '025-84401234', '025-84401235', '', '91320100134887654Y', '建设银行南京分行', '32001595136052500123', '南京市玄武区中山路 1号', '何静', '华东销售部', 300000],
  ['KH0010', '合肥科大讯飞股份有限公司', '讯飞', '重点客户', '刘工', '0551-65331234/65335678', '18955110000', '', '91340000711771143J', '徽商银行合肥分行', '1021201000012345678', '合肥市高新区望江西路666号', '何静', '华东销售部', 2000000],
  ['KH0011', '温州正泰电器股份有限公司', '正泰', '普通客户', '周经理', '0577-62877777', '13857700001；13857700002', '', '913300007046803101', '工行乐清支行', '1203281009000123456', '乐清市北白象镇正泰工业园区', '王磊', '华东销售部', 150000],
];

describe('check of a 客户档案 with two lines of one office in a cell', () => {
  test('reports the cell as two numbers in one cell', () => {
    const issues = checkSheet({ name: '客户档案', values: KINGDEE }, { now: TODAY }).issues.filter(
      (i) => i.code.startsWith('phone.') && i.code !== 'phone.nonCanonical',
    );
    expect(issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual([
      [7, '联系电话', 'phone.several', 'error'],
      [8, '手机', 'phone.several', 'error'],
    ]);
  });
});
