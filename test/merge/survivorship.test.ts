import { chineseSheet, englishSheet, mergeAndApply, optionsFor, sheet, ZH_HEADERS } from './fixtures';

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('survivorship on a Chinese customer list', () => {
  const snapshot = chineseSheet();
  const { result, rowAt } = mergeAndApply(
    snapshot,
    [{ rows: [2, 3, 5], confidence: 0.97, reasons: ['手机一致'] }],
    optionsFor(snapshot, 'zh-CN'),
  );
  const survivor = rowAt(2);

  test('keeps the row with the most filled cells as the survivor, and its non-empty values', () => {
    expect(result.merges[0]).toMatchObject({ survivorRow: 2, mergedRows: [3, 5] });
    expect(survivor).toMatchObject({
      客户编号: 'C000001',
      姓名: '张伟',
      手机: '13800138000',
      邮箱: 'zhangwei@163.com',
      公司: '北京星辰科技有限公司',
    });
  });

  test('takes the latest of last purchase, last contact and updated dates, and the earliest created date', () => {
    expect(survivor).toMatchObject({
      最近购买日期: '2024-03-15',
      最近联系日期: '2024-03-20',
      更新日期: '2024-03-20',
      创建日期: '2021-09-09',
    });
  });

  test('takes the largest purchase count and spend (the rows are copies of one customer)', () => {
    expect(survivor).toMatchObject({ 购买次数: 5, 累计消费金额: '¥2,500' });
  });

  test('combines tags by option across languages, so 高意向 and High Intent are one tag', () => {
    expect(survivor['标签']).toBe('高意向, 决策人');
  });

  test('combines notes without repeating them, and adds the other phone number to the notes', () => {
    expect(survivor['备注']).toBe('老客户; 喜欢绿茶; 其他手机：+86 139 0013 9000');
  });

  test('does not list a phone or email that only differs in format', () => {
    expect(String(survivor['备注'])).not.toContain('138-0013-8000');
    expect(String(survivor['备注'])).not.toContain('ZhangWei@163.com');
  });

  test('fills an unmapped column from the first row that has a value', () => {
    expect(survivor['微信号']).toBe('zw_wechat');
  });

  test('follows the most recent consent, so a later opt-out is kept', () => {
    expect(survivor['同意联系']).toBe('否');
  });

  test('leaves the other customer alone', () => {
    expect(rowAt(3)['姓名']).toBe('李娜');
  });
});

describe('survivorship on an English list with Date cells and formulas', () => {
  const snapshot = englishSheet();
  const { result, rowAt, after } = mergeAndApply(
    snapshot,
    [{ rows: [2, 4, 5], confidence: 0.91 }],
    optionsFor(snapshot, 'en-US'),
  );

  test('breaks a tie in filled cells by the most recent update', () => {
    expect(result.merges[0]).toMatchObject({
      survivorRow: 4,
      mergedRows: [2, 5],
      survivorId: 'C000140',
      aliases: ['C000101'],
    });
  });

  test('keeps Date cells as dates and picks the earliest creation date', () => {
    const survivor = rowAt(3); // rows 2 and 5 are gone: the survivor moved from row 4 to row 3
    expect(survivor['Created']).toEqual(d('2020-03-04'));
    expect(survivor['Last Purchase Date']).toEqual(d('2024-04-20'));
  });

  test('adds tags without repeating one written in another case', () => {
    expect(rowAt(3)['Tags']).toBe('Bulk Buyer, decision maker, Referral');
  });

  test('moves other phones and emails into the notes, labelled', () => {
    expect(rowAt(3)['Notes']).toBe(
      'Prefers email; asked for quote; Met at trade show; Referred by John; Other phone: (415) 555-0100; Other email: msmith@acme.com',
    );
  });

  test('never edits a formula cell of the survivor', () => {
    expect(result.plan.edits.some((e) => e.col === 15)).toBe(false);
    expect(after.formulas).toEqual([
      // The rows' own formulas, their references following the rows up as Excel's would.
      { row: 2, col: 15, formula: '=I2*10' },
      { row: 3, col: 15, formula: '=I3*10' },
    ]);
  });
});

describe('survivorship rules and choices', () => {
  const headers = ['姓名', '手机', '职位', '地区', '购买次数', '累计消费金额', '下次跟进日期', '更新日期', '备注'];
  const rows = () =>
    sheet('客户', [
      headers,
      ['王芳', '13600136000', '', '杭州', 2, '1,000.10', '2024-07-01', '2024-01-01', ''],
      ['王芳', '13600136000', '采购经理', '', 3, 200.2, '2024-09-01', '2024-05-01', ''],
      ['王 芳', '', '总监', '', '', '', '', '2023-01-01', ''],
    ]);

  test('fills a blank of the survivor from the most recent record', () => {
    const snapshot = rows();
    const { rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3, 4] }],
      optionsFor(snapshot, 'zh-CN', { masters: { 0: 2 } }),
    );
    expect(rowAt(2)).toMatchObject({ 职位: '采购经理', 地区: '杭州', 下次跟进日期: '2024-09-01' });
  });

  test('sums counts and spend when the rows are separate purchases, rounding money to cents', () => {
    const snapshot = rows();
    const { rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3, 4] }],
      optionsFor(snapshot, 'zh-CN', { countsAreSeparatePurchases: true }),
    );
    expect(rowAt(2)).toMatchObject({ 购买次数: 5, 累计消费金额: 1200.3 });
  });

  test('falls back to the largest value, with a warning, when a sum meets text', () => {
    const snapshot = rows();
    snapshot.values[3]![4] = '很多';
    const { result, rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3, 4] }],
      optionsFor(snapshot, 'zh-CN', { countsAreSeparatePurchases: true }),
    );
    expect(rowAt(2)['购买次数']).toBe(3);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'sum.notNumbers', severity: 'warning', field: 'purchaseCount' }),
      expect.objectContaining({ code: 'values.archiveOnly', message: expect.stringMatching(/第 4 行（职位：总监）$/) }),
    ]);
  });

  test('says when the latest date left out a date it cannot read as one day', () => {
    const snapshot = rows();
    // 03/04/2024 is 3 April or 4 March, and nothing in the column says which: it may be the latest.
    snapshot.values[3]![6] = '03/04/2024';
    const { result, rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3, 4] }], optionsFor(snapshot, 'zh-CN'));
    expect(rowAt(2)['下次跟进日期']).toBe('2024-09-01');
    const warning = result.problems.find((p) => p.code === 'date.notRead');
    expect(warning).toMatchObject({ severity: 'warning', field: 'nextFollowUp' });
    expect(warning?.message).toMatch(/“下次跟进日期”有读不出是哪一天的日期/);
  });

  test('uses the survivor the user picked', () => {
    const snapshot = rows();
    const { result, rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3, 4] }],
      optionsFor(snapshot, 'zh-CN', { masters: { 0: 4 } }),
    );
    expect(result.merges[0]).toMatchObject({ survivorRow: 4, mergedRows: [2, 3] });
    expect(rowAt(2)).toMatchObject({ 姓名: '王 芳', 职位: '总监', 手机: '13600136000' });
  });

  test('applies field overrides by field key and by header, over every rule', () => {
    const snapshot = rows();
    const overrides = { 0: { title: '采购总监', 地区: '上海', notes: '人工确认' } };
    const { result, rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3, 4] }],
      optionsFor(snapshot, 'zh-CN', { overrides }),
    );
    expect(rowAt(2)).toMatchObject({ 职位: '采购总监', 地区: '上海', 备注: '人工确认' });
    expect(result.merges[0]!.changes.filter((c) => c.rule === 'override').map((c) => c.header)).toEqual([
      '职位',
      '地区',
      '备注',
    ]);
  });

  test('lets a rule replace a default, by field key or header', () => {
    const snapshot = rows();
    snapshot.values[2]![3] = '上海';
    const { rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3, 4] }],
      optionsFor(snapshot, 'zh-CN', { rules: { region: 'mostRecent', 下次跟进日期: 'earliest' } }),
    );
    expect(rowAt(2)).toMatchObject({ 地区: '上海', 下次跟进日期: '2024-07-01' });
  });

  test('warns that another phone stays in the archive only when there is no notes column', () => {
    const snapshot = sheet('客户', [
      ['姓名', '手机'],
      ['赵强', '13500135000'],
      ['赵强', '13500135999'],
    ]);
    const { result, rowAt } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'zh-CN'));
    expect(rowAt(2)['手机']).toBe('13500135000');
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'notes.unavailable',
        severity: 'warning',
        message: expect.stringContaining('其他手机：13500135999'),
      }),
    ]);
  });

  test('adds nothing to notes when merging rows that were merged before', () => {
    const snapshot = sheet('Customers', [
      ['Name', 'Phone', 'Notes'],
      ['Ann Lee', '0412 345 678', 'VIP; Other phone: 0498 765 432'],
      ['Ann Lee', '0498 765 432', 'vip'],
    ]);
    const { result } = mergeAndApply(snapshot, [{ rows: [2, 3] }], optionsFor(snapshot, 'en-US'));
    expect(result.merges[0]!.changes).toEqual([]);
  });
});

describe('customer IDs', () => {
  test('gives a survivor without an ID the smallest ID of its cluster and records the others as aliases', () => {
    const snapshot = sheet('客户', [
      ZH_HEADERS.slice(0, 3),
      ['', '张伟', '13800138000'],
      ['C000012', '张伟', '13800138000'],
      ['C000003', '张伟', '13800138000'],
    ]);
    const { result, rowAt } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3, 4] }],
      optionsFor(snapshot, 'zh-CN', { masters: { 0: 2 } }),
    );
    expect(rowAt(2)['客户编号']).toBe('C000003');
    expect(result.merges[0]).toMatchObject({ survivorId: 'C000003', aliases: ['C000012'] });
  });

  test('keeps the survivor ID and lists each other ID once', () => {
    const snapshot = sheet('Customers', [
      ['Customer ID', 'Name'],
      ['C000020', 'Wei Zhang'],
      ['c000020 ', 'Wei Zhang'],
      ['C000031', 'Zhang Wei'],
      ['C000031', 'Zhang Wei'],
    ]);
    const { result } = mergeAndApply(snapshot, [{ rows: [2, 3, 4, 5] }], optionsFor(snapshot, 'en-US'));
    expect(result.merges[0]).toMatchObject({ survivorId: 'C000020', aliases: ['C000031'] });
  });
});
