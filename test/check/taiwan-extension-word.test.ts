/**
 * A Taiwan company's 客戶資料 typed in traditional characters: an office line with its extension
 * (分機 12). Cleaning writes the extension in the script the user typed it in, never simplified into
 * the user's value.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import { normalisePhone } from '../../shared/normalise/phone';
import type { CellValue } from '../../shared/sheet/cell-value';
import { sheet, TODAY } from '../operations/fixtures';

const TAIWAN: CellValue[][] = [
  ['客戶編號', '客戶名稱', '統一編號', '聯絡人', '電話', '手機', '地址', '建檔日期', '最後交易日', '備註'],
  [
    'C0001',
    '台灣積體科技股份有限公司',
    '04465819',
    '林志明',
    '(02)2712-3456',
    '0912-345-678',
    '臺北市中山區南京東路三段1號',
    '民國113年5月2日',
    '113/10/15',
    '',
  ],
  [
    'C0003',
    '台灣積體材料股份有限公司',
    '12345675',
    '林志銘',
    '(04)2345-6789',
    '0933-111-222',
    '台中市西屯區台灣大道四段100號',
    '112/12/25',
    '113/09/09',
    '不同公司',
  ],
  [
    'C0004',
    '高雄海港貿易有限公司',
    '87654321',
    '陳美玲',
    '(07)333-4444 分機 12',
    '',
    '高雄市前鎮區中山二路2號',
    '民國 110 年 1 月 8 日',
    '113.08.01',
    '',
  ],
  [
    'C0005',
    '新竹科學園區光電有限公司',
    '05121234',
    '黃建國',
    '03-5771234 轉 8',
    '0988-777-666',
    '新竹市東區力行路10號',
    '109/2/29',
    '',
    '',
  ],
];

describe('an extension on a Taiwan list', () => {
  test('keeps 分機 in traditional characters where the list typed it so', () => {
    const { issues } = checkSheet(sheet(TAIWAN), { now: TODAY, locale: 'zh-CN' });
    const suggested = new Map(issues.map((i) => [`${i.row}|${i.column}`, i.suggestion]));
    expect(suggested.get('4|電話')).toMatch(/^\S.* 分機 12$/);
    expect(suggested.get('5|電話')).toMatch(/ 分機 8$/);
    expect(issues.some((i) => String(i.suggestion ?? '').includes('分机'))).toBe(false);
  });

  test.each([
    ['02-2712-3456 分機 12', '分機 12'],
    ['02-2712-3456 內線 12', '分機 12'],
    ['02-2712-3456轉12', '分機 12'],
    ['02-2712-3456 分机 12', '分机 12'],
    ['02-2712-3456 转 12', '分机 12'],
  ])('writes the extension of %s in the script it was typed in', (typed, word) => {
    const outcome = normalisePhone(typed, { defaultRegion: 'CN', sheetRegion: 'TW', locale: 'zh-CN' });
    expect(outcome.status === 'valid' && String(outcome.value).endsWith(` ${word}`)).toBe(true);
  });
});
