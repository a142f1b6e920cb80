/**
 * 开票信息 (名称, 纳税人识别号, 地址电话, 开户行及账号) is a list of companies: no person's name is missing,
 * and a row whose 地址电话 ends in a number has its phone. Freshsales' Work number is the contact's
 * second phone: HubSpot's Phone Number gets it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult } from '../../shared/check/check-sheet';
import { run, tempDir } from './run';

const TODAY = ['--today', '2025-11-29'];
const INVOICE = [
  '序号,名称,纳税人识别号,地址电话,开户行及账号,发票类型,邮箱',
  '1,深圳市腾飞科技有限公司,91440300MA5DABCD1X,深圳市南山区科技园南区高新南一道6号 0755-86001234,招商银行深圳科技园支行 755912345610902,增值税专用发票,invoice@tengfei.com',
  '2,深圳腾飞科技有限公司,91440300MA5DABCD1X,深圳市南山区科技园高新南一道6号0755-86001234,招商银行深圳科技园支行755912345610902,专票,INVOICE@TENGFEI.COM',
  '3,广州市白云贸易有限公司,91440111MA59EFGH2Y,广州市白云区机场路100号 020-86001111,中国银行广州白云支行 6217 8576 0000 1234 567,普票,',
  '4,广州白云山贸易有限公司,91440111MA5AIJKL3Z,广州市白云区白云大道北88号 020-86002222,中国工商银行广州白云支行 3602000109000123456,增值税普通发票,fin@byshan.com',
  '5,成都天府软件有限公司,915101007MA6CMNOP4,成都市高新区天府大道中段1号 028-85001234,成都银行高新支行 1001300000123456,电子发票,tax@tianfu.cn',
  '6,个人,,,,普票,',
].join('\n');

const FRESHSALES = [
  'First name,Last name,Emails,Work number,Mobile number,Job title,Account name',
  'Arjun,Mehta,arjun@tatanova.in,+91 22 6665 8282,+91 98200 12345,Head of IT,Tata Nova Pvt Ltd',
  'Arjun,Mehra,arjun.mehra@infosoft.in,+91 80 4111 2222,+91 99000 54321,CTO,Infosoft Solutions',
  'Grace,Okafor,grace.okafor@ecobank.com,,+234 803 765 4321,Analyst,Ecobank',
  'Hiroshi,Tanaka,h.tanaka@kyotoceramics.jp,+81 75-123-4567,+81 90-1234-5678,Export Manager,Kyoto Ceramics K.K.',
].join('\n');

describe('columns a prober found left alone', () => {
  const dir = tempDir();

  test('开票信息: check maps 名称 as the company; after clean only the row with no number misses its phone', async () => {
    writeFileSync(join(dir, 'invoice.csv'), INVOICE);
    // --json writes the mapping as header -> field.
    const check = JSON.parse((await run(['check', 'invoice.csv', '--json', ...TODAY], dir)).stdout) as Omit<
      CheckResult,
      'mapping'
    > & { mapping: Record<string, string | null> };
    expect(check.mapping['名称']).toBe('company');
    expect(check.issues.filter((i) => i.severity === 'error')).toEqual([]);
    await run(['clean', 'invoice.csv', '-o', 'invoice-clean.csv', ...TODAY], dir);
    for (const locale of ['zh-CN', 'en-US']) {
      const again = JSON.parse(
        (await run(['check', 'invoice-clean.csv', '--json', '--locale', locale, ...TODAY], dir)).stdout,
      ) as CheckResult;
      const missing = again.issues.filter((i) => i.severity === 'error');
      expect(missing.map((i) => [i.row, i.field])).toEqual([[7, 'phone']]);
    }
  });

  test('Freshsales: the work number is exported as HubSpot’s Phone Number beside the mobile', async () => {
    writeFileSync(join(dir, 'freshsales.csv'), FRESHSALES);
    await run(['export', 'freshsales.csv', '--to', 'hubspot', '-o', 'hubspot.csv', ...TODAY], dir);
    const [header, first] = readFileSync(join(dir, 'hubspot.csv'), 'utf8')
      .replace(/^\ufeff/, '')
      .split(/\r?\n/);
    const cells = header!.split(',');
    const row = first!.split(',');
    expect(row[cells.indexOf('Phone Number')]).toBe('+912266658282');
    expect(row[cells.indexOf('Mobile Phone Number')]).toBe('+919820012345');
    expect(cells).not.toContain('Work number');
  });
});
