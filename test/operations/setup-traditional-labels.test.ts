/**
 * A Hong Kong or Taiwan team's list, headed and filled in traditional characters: the columns setup
 * adds (and the headers it renames) are written in them too, so the sheet keeps one script. A
 * mainland list keeps the simplified labels, an English one the English.
 */
import { planSetup } from '../../shared/operations/setup';
import type { CellValue } from '../../shared/sheet/cell-value';
import { after } from './apply';
import { sheet, TODAY } from './fixtures';

// prettier-ignore
const HONG_KONG: CellValue[][] = [
  ['客戶名稱', '聯絡人', '電話', '地區'],
  ['港島貿易有限公司', '陳大文', '2345 6789', '灣仔'],
  ['九龍物流有限公司', '李小明', '9123 4567', '觀塘'],
  ['新界五金行', '黃志強', '6234 5678', '沙田'],
  ['旺角電器', '張美玲', '5123 4567', '九龍'],
];

// prettier-ignore
const TAIPEI: CellValue[][] = [
  ['客戶名稱', '聯絡人', '手機', '地區', '備註'],
  ['台灣積體電路製造股份有限公司', '林志明', '0912-345-678', '新竹市', '年度合約'],
  ['鴻海精密工業股份有限公司', '陳怡君', '0922-123-456', '新北市', '樣品已寄'],
  ['統一企業股份有限公司', '黃建國', '0933-222-111', '台南市', ''],
];

function setUpHeaders(values: CellValue[][]) {
  const snapshot = sheet(values);
  const { plan, mapping } = planSetup(snapshot, { now: TODAY });
  return { headers: after(snapshot, plan).values[0] as string[], mapping };
}

describe('planSetup on a list written in traditional characters', () => {
  test('adds the template’s columns under labels in traditional characters on a Hong Kong list', () => {
    const { headers, mapping } = setUpHeaders(HONG_KONG);
    expect(headers.slice(0, 4)).toEqual(['客戶名稱', '聯絡人', '電話', '地區']);
    expect(headers).toEqual(expect.arrayContaining(['客戶編號', '性別', '郵箱', '客戶來源', '負責人', '備註']));
    expect(headers).toEqual(expect.arrayContaining(['最近聯繫日期', '溝通記錄', '跟進計劃', '創建日期']));
    expect(headers.filter((h) => /[户编别邮负责备联沟记进创]/.test(h))).toEqual([]);
    // Read again, the added headers are the same fields.
    expect(mapping.columns.find((c) => c.header === '客戶編號')?.field).toBe('customerId');
    expect(mapping.columns.find((c) => c.header === '備註')?.field).toBe('notes');
  });

  test('adds them in traditional characters on a Taiwan list, keeping its own headers', () => {
    const { headers } = setUpHeaders(TAIPEI);
    expect(headers.slice(0, 5)).toEqual(['客戶名稱', '聯絡人', '手機', '地區', '備註']);
    expect(headers).toEqual(expect.arrayContaining(['客戶編號', '標籤', '生命週期階段', '累計消費金額']));
    // 備註 is the team's own column: no second one.
    expect(headers.filter((h) => h === '備註' || h === '备注')).toEqual(['備註']);
  });

  test('keeps simplified labels on a mainland list', () => {
    const { headers } = setUpHeaders([
      ['客户名称', '联系人', '电话', '地区'],
      ['杭州云栖科技有限公司', '王建国', '0571-88212345', '浙江'],
      ['上海申联贸易有限公司', '李秀英', '021-58812345', '上海'],
    ]);
    expect(headers).toEqual(expect.arrayContaining(['客户编号', '性别', '邮箱', '备注', '最近联系日期']));
    expect(headers).not.toEqual(expect.arrayContaining(['客戶編號']));
  });

  test('keeps English labels on an English list of Hong Kong customers', () => {
    const { headers } = setUpHeaders([
      ['Customer Name', 'Contact', 'Phone', 'District'],
      ['Harbour Trading Ltd', 'Chan Tai Man', '2345 6789', 'Wan Chai'],
      ['Kowloon Logistics', 'Lee Siu Ming', '9123 4567', 'Kowloon Bay'],
    ]);
    expect(headers).toEqual(expect.arrayContaining(['Customer ID', 'Gender', 'Notes']));
  });
});
