/**
 * A dental clinic's patient list: the last visit (最近就诊日期) is the last contact, as Last Visit is; the
 * next return visit (下次复诊日期) the next follow-up, as Next Appointment is; the first visit (首诊日期)
 * is the first paid visit, the first purchase. Headed so, they keep their words when set up.
 */
import { buildInsights } from '../../shared/insights';
import { planSetup } from '../../shared/operations/setup';
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';
import { after } from '../operations/apply';
import { sheet } from '../operations/fixtures';

// prettier-ignore
const CLINIC: CellValue[][] = [
  ['病历号', '患者姓名', '性别', '年龄', '出生日期', '手机号码', '首诊日期', '最近就诊日期', '下次复诊日期', '主治医生', '诊断', '过敏史', '累计消费'],
  ['BL20230001', '周杰', '男', '35', '1989-01-18', '13712345678', '2023-02-01', '2024-05-20', '2024-06-20', '刘医生', '龋齿', '青霉素', '1,280.00'],
  ['BL20230002', '林小雨', '女', '28', '1996/7/3', '138 2345 6789', '2023-03-05', '2024-01-10', '', '王医生', '洗牙', '', '¥560'],
  ['BL20230003', '陈志强', '男', '52', '1972-11-30', '13987654321', '2022-11-12', '2024-06-01', '2024-07-01', '刘医生', '种植牙', '', '18,600.00'],
];

describe('a clinic’s patient list', () => {
  test('首诊日期, 最近就诊日期 and 下次复诊日期 are the patient’s visit dates', () => {
    expect(mappingToJson(mapHeaders(CLINIC[0]!, DEFAULT_TEMPLATE, {}, CLINIC.slice(1)))).toMatchObject({
      // A record number of its own: merge names the one it leaves in the archive (test/merge/left-in-archive.test.ts).
      病历号: null,
      患者姓名: 'name',
      首诊日期: 'firstPurchaseDate',
      最近就诊日期: 'lastContact',
      下次复诊日期: 'nextFollowUp',
      主治医生: null,
      诊断: null,
    });
  });

  test('finds the overdue return visit and judges staleness', () => {
    const report = buildInsights(sheet(CLINIC.map((r) => [...r])), { now: new Date(Date.UTC(2024, 5, 25)) });
    expect(report.stale.judged).not.toBe(false);
    expect(report.followUps.overdue).toBe(1);
  });

  test.each(['zh-CN', 'en-US'] as const)('set up keeps the visit headers’ words (%s)', (locale) => {
    const snapshot = sheet(CLINIC.map((r) => [...r]));
    const { plan } = planSetup(snapshot, { now: new Date(Date.UTC(2024, 5, 25)), locale });
    const headers = after(snapshot, plan).values[0] as string[];
    expect(headers.slice(6, 9)).toEqual(['首诊日期', '最近就诊日期', '下次复诊日期']);
    expect(headers[0]).toBe('病历号');
  });
});
