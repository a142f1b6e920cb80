import {
  highestIdNumber,
  isAutoGovernOn,
  planEntry,
  AUTO_GOVERN_KEY,
  type EntryChange,
} from '../../shared/operations/entry';
import { planClean } from '../../shared/operations/clean';

const ZH_HEADER = ['客户编号', '姓名', '手机号', '邮箱', '公司', '客户等级', '最近联系时间', '备注'];
const EN_HEADER = ['Customer ID', 'Name', 'Phone', 'Email', 'Company', 'Tier'];

function zhChange(rows: EntryChange['rows'], extra: Partial<EntryChange> = {}): EntryChange {
  return { sheet: '客户', header: ZH_HEADER, rows, meta: { 'customerId.last.C': '12' }, ...extra };
}

const edits = (change: EntryChange) => planEntry(change).plan.edits.map((e) => [e.row, e.col, e.after]);

describe('planEntry', () => {
  test('gives a new Chinese row the next ID and tidies what was typed, as clean would, when a name is typed', () => {
    const row = [
      null,
      ' 王芳 ',
      '138 0013 8000',
      'Wang.Fang@Example.COM ',
      '北京星辰科技有限公司',
      'vip',
      '2024/6/1',
      '老客户',
    ];
    const { plan, newIdRows } = planEntry(zhChange([{ row: 40, values: row }]));
    expect(edits(zhChange([{ row: 40, values: row }]))).toEqual([
      [40, 2, '王芳'],
      [40, 3, '13800138000'],
      [40, 4, 'wang.fang@example.com'],
      [40, 6, 'VIP'],
      [40, 7, '2024-06-01'],
      [40, 1, 'C000013'],
    ]);
    expect(plan.meta['customerId.last.C']).toBe('13');
    expect(newIdRows).toEqual([40]);
    // The same cells clean would write for the row in a whole sheet.
    const clean = planClean({ name: '客户', values: [ZH_HEADER, row], meta: { 'customerId.last.C': '12' } });
    expect(clean.plan.edits.map((e) => [e.col, e.after]).sort()).toEqual(
      plan.edits.map((e) => [e.col, e.after]).sort(),
    );
  });

  test('numbers several new English rows in sheet order when a company or phone is typed', () => {
    const change: EntryChange = {
      sheet: 'Customers',
      header: EN_HEADER,
      rows: [
        { row: 7, values: [null, null, null, null, 'Acme Inc.', 'vip'] },
        { row: 8, values: [null, null, '+44 20 7946 0958', null, null, null] },
      ],
      meta: { 'customerId.last.C': '41' },
    };
    const { plan } = planEntry(change);
    expect(plan.edits.filter((e) => e.col === 1).map((e) => [e.row, e.after])).toEqual([
      [7, 'C000042'],
      [8, 'C000043'],
    ]);
    expect(plan.meta['customerId.last.C']).toBe('43');
  });

  test('gives no ID when the row has neither name, company nor phone', () => {
    const { plan, newIdRows } = planEntry(
      zhChange([{ row: 41, values: [null, null, null, null, null, null, null, '只写了备注'] }]),
    );
    expect(plan.edits).toEqual([]);
    expect(plan.meta).toEqual({});
    expect(newIdRows).toEqual([]);
  });

  test('numbers after an ID typed higher than the counter when the host read the sheet IDs', () => {
    const highestId = highestIdNumber(['C000001', 'c000050 ', 'LEGACY-7', null, 'C000049'], 'C');
    expect(highestId).toBe(50);
    const change = zhChange([{ row: 9, values: [null, '赵敏', null, null, null, null, null, null] }], { highestId });
    expect(edits(change)).toEqual([[9, 1, 'C000051']]);
    const result = planEntry(change);
    expect(result.plan.meta['customerId.last.C']).toBe('51');
    expect(result).toMatchObject({ idColumn: { col: 1, prefix: 'C' }, highestId: 51 });
  });

  test('reports the highest ID typed in the changed rows when no row needs a new one', () => {
    const result = planEntry(zhChange([{ row: 3, values: ['C000077', '周杰', null, null, null, null, null, null] }]));
    expect(result.plan.edits).toEqual([]);
    expect(result.highestId).toBe(77);
  });

  test('keeps an ID already typed and numbers new rows after it when both are in one paste', () => {
    const change = zhChange([
      { row: 5, values: ['C000030', '周杰', null, null, null, null, null, null] },
      { row: 6, values: [null, '吴磊', null, null, null, null, null, null] },
    ]);
    expect(edits(change)).toEqual([[6, 1, 'C000031']]);
  });

  test('leaves a phone as typed when its reading depends on the sheet region a few rows cannot tell', () => {
    // Ten bare digits: a US number in a US sheet, not one in a Chinese sheet; clean of the whole sheet decides.
    const en: EntryChange = {
      sheet: 'Customers',
      header: EN_HEADER,
      rows: [{ row: 3, values: ['C000003', 'Bob Smith', '4155550134', null, null, null] }],
      meta: {},
    };
    expect(edits(en)).toEqual([]);
    // A written US number and a Chinese mobile say their region themselves.
    en.rows = [{ row: 3, values: ['C000003', 'Bob Smith', '(415) 555-0134', null, null, null] }];
    expect(edits(en)).toEqual([[3, 3, '+1 415 555 0134']]);
  });

  test('leaves invalid values as typed (the rule at entry or check reports them)', () => {
    expect(
      edits(zhChange([{ row: 4, values: ['C000004', '孙丽', '12345', 'sun@', null, 'Z级', '2024-13-01', null] }])),
    ).toEqual([]);
  });

  test('never writes over a formula, in a governed column or the ID column', () => {
    const change = zhChange([{ row: 12, values: [null, '钱程', '138 0013 8000', null, null, null, null, null] }], {
      formulas: [
        { row: 12, col: 1, formula: '=IF(B12="","",TEXT(ROW(),"C000000"))' },
        { row: 12, col: 3, formula: '="138 0013 8000"' },
      ],
    });
    expect(edits(change)).toEqual([]);
  });

  test('tidies only the columns the person changed when the change names them', () => {
    const values = ['C000020', ' 王芳 ', '138 0013 8000', null, null, null, null, null];
    expect(edits(zhChange([{ row: 20, values }], { firstCol: 3, lastCol: 3 }))).toEqual([[20, 3, '13800138000']]);
  });

  test('never governs the header row when it is among the changed rows', () => {
    expect(edits(zhChange([{ row: 1, values: ZH_HEADER }]))).toEqual([]);
  });

  test('reads the switch from meta, off unless set on', () => {
    expect(isAutoGovernOn({})).toBe(false);
    expect(isAutoGovernOn({ [AUTO_GOVERN_KEY]: 'on' })).toBe(true);
    expect(isAutoGovernOn({ [AUTO_GOVERN_KEY]: 'off' })).toBe(false);
  });
});
