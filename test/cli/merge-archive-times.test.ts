/**
 * The merge archive says when each row was archived as a real date-time (UTC, said in its format), not
 * as ISO text (2024-06-15T00:00:00.000Z), so a person can sort and filter the archive by it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from './fixtures';
import { run, tempDir } from './run';

/** The probe's 拼多多 order export (in/02-pdd-orders.csv): 刘洋 on two orders. */
const ORDERS = [
  '商品,订单号,订单状态,商品总价(元),店铺优惠折扣(元),用户实付金额(元),商品数量(件),订单成交时间,收货人,手机,省,市,区,街道,商家备注,快递单号,样式',
  '【加厚款】纯棉四件套 1.8m床,240315-512345678901234,已签收,199.00,20.00,179.00,1,2024-03-15 10:22:31,刘洋,13512345678,江苏省,南京市,鼓楼区,中山北路100号2单元301,,YT7412345678901,灰色',
  '乳胶枕头一对装,240402-512345678901999,已签收,89.90,0.00,89.90,2,2024-04-02 21:05:10,刘洋,13512345678,江苏省,南京市,鼓楼区,中山北路100号2单元301,送运费险,YT7412345679999,',
  '纯棉四件套 1.5m床,240420-612345678900001,待发货,159.00,10.00,149.00,1,2024-04-20 08:00:00,周敏,15098765432,山东省,青岛市,市南区,香港中路8号,加急,,蓝色',
].join('\r\n');

describe('merge archive times', () => {
  test('writes each archived row’s merge time as a date-time, in Chinese and English workbooks', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'orders.csv'), ORDERS);
    for (const [locale, sheetName, timeHeader] of [
      ['zh-CN', '合并归档', '合并时间'],
      ['en-US', 'Custodian Archive', 'Merged At'],
    ] as const) {
      const out = `merged-${locale}.xlsx`;
      const result = await run(['merge', 'orders.csv', '-o', out, '--locale', locale, '--today', '2024-06-15'], dir);
      expect(result.code).toBe(0);
      const archive = (await readXlsx(join(dir, out))).getWorksheet(sheetName)!;
      const headers = (archive.getRow(1).values as unknown[]).slice(1);
      const col = headers.indexOf(timeHeader) + 1;
      expect(col).toBeGreaterThan(0);
      const cells = [2, 3].map((row) => archive.getCell(row, col));
      expect(cells.map((c) => c.value)).toEqual([
        new Date('2024-06-15T00:00:00.000Z'),
        new Date('2024-06-15T00:00:00.000Z'),
      ]);
      expect(cells.map((c) => c.numFmt)).toEqual(['yyyy-mm-dd hh:mm:ss "UTC"', 'yyyy-mm-dd hh:mm:ss "UTC"']);
    }
  });
});
