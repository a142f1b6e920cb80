import { createMemoryHost, type MemoryHost } from '../../shared/host/memory-host';
import { findSheet, workbookFromSnapshot, type MemorySheet } from '../../shared/plan/apply-plan';
import { planSetup } from '../../shared/operations/setup';
import { planAutoGovern } from '../../shared/operations/auto-govern';
import { snapshotOf } from '../../shared/plan/apply-plan';
import { commitEntry, entryAlert } from '../../shared/ui/demo/entry-check';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';

const FALLBACK = { title: 'Custodian', message: 'The value does not match the rule.' };

/** The probe's Chinese B2B list: its own IDs KH001…KH010. */
const ZH: SheetSnapshot = {
  name: '客户',
  values: [
    ['客户编号', '客户名称', '联系人', '手机', '邮箱', '所属行业', '负责人'],
    ['KH001', '上海华信科技有限公司', '王伟', '138 0013 8000', 'wangwei@huaxin.com.cn', '软件', '李娜'],
    ['KH002', '北京中联物流有限公司', '张丽', '+86 139-1234-5678', 'zhangli@zl-logistics.cn', '物流', '李娜'],
    ['KH003', '上海华信科技有限公司', '王 伟', '13800138000', 'WANGWEI@HUAXIN.COM.CN', '软件', '李娜'],
    ['KH004', '深圳星辰电子', '陈明', '13812345678', 'chenming@xingchen.com', '电子制造', '赵强'],
    ['KH005', '杭州云帆网络科技有限公司', '', '15900001111', 'contact@yunfan.com', '互联网', '赵强'],
    ['KH006', '广州恒达贸易有限公司', '刘洋', '020-88886666', 'liuyang@hengda.com', '贸易', ''],
    ['KH007', '（空）', '', '', '', '', ''],
    ['KH008', '成都天府医疗器械有限公司', '周杰', '18600001234', 'zhoujie@tianfu-med.com', '医疗', '李娜'],
    ['KH009', '北京中联物流有限公司', '张丽', '13912345678', 'zhangli@zl-logistics.cn', '物流', '李娜'],
    ['KH010', '苏州工业园区新材料股份有限公司', '吴芳', '137-0000-9999', 'wufang@sz-nm.com', '新材料', '赵强'],
  ],
};
/** An English CRM export numbering its accounts CUST-0001…. */
const EN: SheetSnapshot = {
  name: 'Accounts',
  values: [
    ['Customer ID', 'Company', 'Name', 'Phone', 'Email'],
    ['CUST-0001', 'Acme Corp', 'Wile Coyote', '(617) 555-0110', 'wile@acme.example'],
    ['CUST-0002', 'Globex LLC', 'Hank Scorpio', '(617) 555-0111', 'hank@globex.example'],
    ['CUST-0003', 'Initech Inc', 'Bill Lumbergh', '(617) 555-0112', 'bill@initech.example'],
  ],
};
const TEMPLATE_LIST: SheetSnapshot = {
  name: 'Customers',
  values: [
    ['Customer ID', 'Company', 'Name', 'Phone', 'Email'],
    ['C000001', 'Acme Corp', 'Wile Coyote', '(617) 555-0110', 'wile@acme.example'],
  ],
};

async function setUp(snapshot: SheetSnapshot): Promise<{ host: MemoryHost; sheet: () => MemorySheet }> {
  const host = createMemoryHost(workbookFromSnapshot(snapshot));
  await host.applyPlan(planSetup(snapshot).plan);
  const sheet = () => findSheet(host.state().workbook, snapshot.name)!;
  return { host, sheet };
}

describe('entry-check on a list keeping its own IDs', () => {
  test.each([
    { list: ZH, next: 'KH011', repeat: 'KH003', taken: '客户编号：每位客户的编号须唯一；该编号已被使用。' },
    {
      list: EN,
      next: 'CUST-0004',
      repeat: 'cust-0002',
      taken: 'Customer ID: each customer needs an ID of their own; this one is taken.',
    },
  ])(
    'accepts the next ID of the list’s scheme ($next) and refuses only a repeat',
    async ({ list, next, repeat, taken }) => {
      const { host, sheet } = await setUp(list);
      const meta = host.state().workbook.meta;
      const row = list.values.length + 1;
      expect(entryAlert(sheet(), meta, row, 1, next, FALLBACK)).toBeUndefined();
      // An ID in no scheme at all is still the list's to choose: its rule asks for a unique one only.
      expect(entryAlert(sheet(), meta, row, 1, 'X-1', FALLBACK)).toBeUndefined();
      expect(entryAlert(sheet(), meta, row, 1, repeat, FALLBACK)).toEqual({
        style: 'stop',
        title: expect.any(String),
        message: taken,
      });
    },
  );

  test('a template list still refuses an ID of another form, with a message naming the form', async () => {
    const { host, sheet } = await setUp(TEMPLATE_LIST);
    const alert = entryAlert(sheet(), host.state().workbook.meta, 3, 1, 'KH011', FALLBACK);
    expect(alert?.style).toBe('stop');
    expect(alert?.message).toBe(
      'Customer ID: each customer needs its own ID in the form C000123; this one is taken or has another form.',
    );
    expect(entryAlert(sheet(), host.state().workbook.meta, 3, 1, 'C000002', FALLBACK)).toBeUndefined();
  });

  test('with auto-govern on, a new company typed under KH010 gets KH011', async () => {
    const { host, sheet } = await setUp(ZH);
    await host.applyPlan(planAutoGovern(snapshotOf(host.state().workbook, ZH.name), true));
    await commitEntry(host, ZH.name, 12, 2, '合肥科大讯联有限公司');
    expect(sheet().values[11]!.slice(0, 2)).toEqual(['KH011', '合肥科大讯联有限公司']);
    await commitEntry(host, ZH.name, 13, 2, '厦门海韵贸易有限公司');
    expect(sheet().values[12]![0]).toBe('KH012');
    expect(host.state().workbook.meta['customerId.last.KH']).toBe('12');
    expect(host.state().workbook.meta['customerId.last.C']).toBeUndefined();
  });
});
