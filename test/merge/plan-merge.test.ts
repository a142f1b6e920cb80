import { planMerge } from '../../shared/merge/plan-merge';
import { HELPER_HEADER_KEY } from '../../shared/merge/helper-sheet';
import { decodeHistory, MERGE_META } from '../../shared/merge/history';
import { nextMergeIds } from '../../shared/merge/history';
import { chineseSheet, englishSheet, EN_HEADERS, mergeAndApply, NOW, optionsFor, ZH_HEADERS } from './fixtures';

describe('planMerge archive', () => {
  const snapshot = chineseSheet();
  const { helper, result } = mergeAndApply(
    snapshot,
    [{ rows: [2, 3, 5], confidence: 0.97, reasons: ['手机一致'] }],
    optionsFor(snapshot, 'zh-CN'),
  );
  const archive = helper('合并归档');

  test('starts a new archive with its header: merge columns, then every column of the sheet', () => {
    expect(archive[0]).toEqual([
      '合并编号',
      '合并时间',
      '保留客户编号',
      '保留行',
      '原行号',
      '别名编号',
      '角色',
      ...ZH_HEADERS,
    ]);
    expect(result.plan.meta[HELPER_HEADER_KEY + '合并归档']).toBe(JSON.stringify(archive[0]));
  });

  test('copies every row of the cluster with all its original cells, the survivor included', () => {
    expect(archive.slice(1)).toEqual([
      ['M-20240601-1', NOW, 'C000001', 2, 2, '', '保留（合并前）', ...snapshot.values[1]!],
      ['M-20240601-1', NOW, 'C000001', 2, 3, '', '已合并', ...snapshot.values[2]!],
      ['M-20240601-1', NOW, 'C000001', 2, 5, 'C000007', '已合并', ...snapshot.values[4]!],
    ]);
  });

  test('keeps the value of an archived formula cell, with the formula in its note, when a merged row has one', () => {
    const english = englishSheet();
    const { helper: englishHelper, workbook } = mergeAndApply(
      english,
      [{ rows: [2, 4] }],
      optionsFor(english, 'en-US'),
    );
    const rows = englishHelper('Custodian Archive');
    expect(rows[0]).toEqual([
      'Merge ID',
      'Merged At',
      'Surviving Customer ID',
      'Surviving Row',
      'Original Row',
      'Alias ID',
      'Role',
      ...EN_HEADERS,
    ]);
    expect(rows[2]).toEqual([
      'M-20240601-1',
      NOW,
      'C000140',
      4,
      2,
      'C000101',
      'merged away',
      ...english.values[1]!.slice(0, 15),
    ]);
    // Written as a formula there, =I2*10 would read the archive's own I2; the note keeps it as it was.
    const archive = workbook.sheets.find((s) => s.name === 'Custodian Archive')!;
    expect(archive.formulas).toEqual({});
    expect(archive.extras?.V3).toEqual({ note: '=I2*10' });
  });

  test('writes the header again only when the sheet has other columns than the archive last saw', () => {
    const again = { ...chineseSheet(), meta: { ...result.plan.meta } };
    expect(planMerge(again, [{ rows: [3, 4] }], optionsFor(again, 'zh-CN')).plan.sheets[0]!.rows).toHaveLength(2);
    const widened = { ...again, values: again.values.map((row, i) => [...row, i === 0 ? '生日' : '']) };
    expect(planMerge(widened, [{ rows: [3, 4] }], optionsFor(widened, 'zh-CN')).plan.sheets[0]!.rows[0]).toContain(
      '生日',
    );
  });
});

describe('planMerge log and history', () => {
  const snapshot = chineseSheet();
  const { helper, result } = mergeAndApply(
    snapshot,
    [{ rows: [2, 3, 5], confidence: 0.97, reasons: ['手机一致', { field: 'name', level: 'exact' }] }],
    optionsFor(snapshot, 'zh-CN'),
  );

  test('logs one row per merge: id, time, action, survivor, merged rows, changes, confidence, reasons', () => {
    const log = helper('操作日志');
    expect(log[0]).toEqual([
      '操作编号',
      '时间',
      '操作',
      '工作表',
      '保留客户',
      '合并的行',
      '更改的字段',
      '置信度',
      '原因',
      '操作人',
    ]);
    expect(log[1]).toEqual([
      'M-20240601-1',
      NOW.toISOString(),
      '合并',
      '客户',
      'C000001（第2行）',
      '3, 5',
      expect.stringContaining('购买次数: 3 → 5 | 累计消费金额: 1200 → ¥2,500'),
      0.97,
      '手机一致; name: exact',
      '', // who: the in-memory host cannot tell
    ]);
  });

  test('stores the inverse plan in meta, with dates revived', () => {
    const entry = decodeHistory(result.plan.meta['history.M-20240601-1']!);
    expect(entry.ok).toBe(true);
    if (!entry.ok) return;
    expect(entry.entry).toMatchObject({
      mergeId: 'M-20240601-1',
      sheet: '客户',
      seq: 1,
      survivorId: 'C000001',
      mergedRows: [3, 5],
    });
    expect(entry.entry.inverse.insertRows.map((r) => r.row)).toEqual([3, 5]);
    expect(result.plan.meta[MERGE_META.lastMergeId]).toBe('M-20240601-1');
    expect(result.plan.meta[MERGE_META.sequence]).toBe('1');
  });

  test('writes dedupe reasons in Chinese, with the values compared, when the sheet is Chinese', () => {
    const reason = {
      field: 'phone',
      column: '手机',
      level: 'exact',
      similarity: 1,
      message: '手机: same number (+86 138 0013 8000 = 13800138000)',
    };
    const again = planMerge(snapshot, [{ rows: [2, 3], reasons: [reason] }], optionsFor(snapshot, 'zh-CN'));
    expect(again.merges[0]!.reasons).toEqual(['手机：相同（+86 138 0013 8000 = 13800138000）']);
  });

  test('writes dedupe reasons by their message when the sheet is English', () => {
    const reason = {
      field: 'phone',
      column: 'Phone',
      level: 'typo',
      similarity: 0.9,
      message: 'Phone: one digit differs (13800138000 ~ 13800138001)',
    };
    const again = planMerge(snapshot, [{ rows: [2, 3], reasons: [reason] }], optionsFor(snapshot, 'en-US'));
    expect(again.merges[0]!.reasons).toEqual(['Phone: one digit differs (13800138000 ~ 13800138001)']);
  });

  test('records the merge with its changes and reasons', () => {
    expect(result.merges[0]).toMatchObject({
      mergeId: 'M-20240601-1',
      clusterIndex: 0,
      confidence: 0.97,
      reasons: ['手机一致', 'name: exact'],
    });
    expect(result.merges[0]!.changes.find((c) => c.field === 'purchaseCount')).toEqual({
      col: 8,
      header: '购买次数',
      field: 'purchaseCount',
      rule: 'max',
      before: 3,
      after: 5,
    });
  });
});

describe('merge ids', () => {
  test('number merges of a day after every id in meta, including undone ones', () => {
    expect(nextMergeIds({}, NOW, 2)).toEqual(['M-20240601-1', 'M-20240601-2']);
    const meta = {
      'history.M-20240601-4': '{}',
      [MERGE_META.lastMergeId]: 'M-20240601-7',
      'history.M-20240531-9': '{}',
    };
    expect(nextMergeIds(meta, NOW, 1)).toEqual(['M-20240601-8']);
    expect(nextMergeIds(meta, new Date('2024-06-02T00:00:00Z'), 1)).toEqual(['M-20240602-1']);
  });

  test('give each cluster of one run its own id', () => {
    const snapshot = englishSheet();
    snapshot.values.push([
      'C000150',
      'John',
      'Brown',
      '415 555 0199',
      'jb@example.org',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      null,
    ]);
    const { merges } = planMerge(snapshot, [{ rows: [2, 4] }, { rows: [3, 6] }], optionsFor(snapshot, 'en-US'));
    expect(merges.map((m) => m.mergeId)).toEqual(['M-20240601-1', 'M-20240601-2']);
  });
});

describe('planMerge with bad input', () => {
  const snapshot = chineseSheet();
  const options = optionsFor(snapshot, 'en-US');

  test.each([
    [
      'a row outside the sheet',
      [{ rows: [2, 9] }],
      'cluster.rowOutOfRange',
      'Group 1: row 9 is not a data row of the sheet',
    ],
    ['the header row', [{ rows: [1, 2] }], 'cluster.rowOutOfRange', 'Group 1: row 1 is not a data row of the sheet'],
    [
      'a row number that is not whole',
      [{ rows: [2, 2.5] }],
      'cluster.rowOutOfRange',
      'Group 1: row 2.5 is not a data row of the sheet',
    ],
    ['a one-row cluster', [{ rows: [3, 3] }], 'cluster.tooSmall', 'Group 1: a merge needs at least two rows'],
    ['a cluster without rows', [{ rows: [] }], 'cluster.tooSmall', 'Group 1: a merge needs at least two rows'],
  ])('reports %s as an error value and plans nothing', (_what, clusters, code, message) => {
    const result = planMerge(snapshot, clusters, options);
    expect(result.problems).toEqual([expect.objectContaining({ code, severity: 'error', clusterIndex: 0, message })]);
    expect(result.merges).toEqual([]);
    expect(result.plan.edits).toEqual([]);
    expect(result.plan.meta).toEqual({});
  });

  test('merges the first cluster that claims a row and reports the later one', () => {
    const result = planMerge(snapshot, [{ rows: [2, 3] }, { rows: [3, 5] }], options);
    expect(result.merges.map((m) => m.clusterIndex)).toEqual([0]);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'cluster.rowInTwoClusters', clusterIndex: 1, row: 3 }),
    ]);
  });

  test('reports masters and overrides that do not fit, and still merges the other clusters', () => {
    const result = planMerge(snapshot, [{ rows: [2, 3] }, { rows: [4, 5] }], {
      ...options,
      masters: { 0: 4, 7: 2 },
      overrides: { 1: { 生日: '1990-01-01' }, 9: {} },
    });
    expect(result.merges).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.clusterIndex])).toEqual([
      ['master.notInCluster', 0],
      ['master.unknownCluster', 7],
      ['override.unknownCluster', 9],
      ['override.unknownField', 1],
    ]);
  });

  test('refuses to override a formula cell of the survivor', () => {
    const english = englishSheet();
    const result = planMerge(
      english,
      [{ rows: [2, 4] }],
      optionsFor(english, 'en-US', { overrides: { 0: { Score: 99 } } }),
    );
    expect(result.problems).toEqual([expect.objectContaining({ code: 'override.formulaCell', field: 'Score' })]);
  });

  test('answers in the sheet language', () => {
    const result = planMerge(snapshot, [{ rows: [2] }], optionsFor(snapshot, 'zh-CN'));
    expect(result.problems[0]!.message).toBe('第 1 组：至少需要两行才能合并');
  });

  test('never throws on clusters of the wrong shape', () => {
    const junk = [{ rows: null }, { rows: ['2', 3] }, null] as unknown as Parameters<typeof planMerge>[1];
    const result = planMerge(snapshot, junk, options);
    expect(result.problems.map((p) => p.code)).toEqual([
      'cluster.tooSmall',
      'cluster.rowOutOfRange',
      'cluster.tooSmall',
    ]);
  });
});

describe('formulas that point at merged-away rows', () => {
  test('are reported per cluster, unless the reference is a range that only shrinks or stays inside the cluster', () => {
    const snapshot = {
      name: 'Customers',
      values: [
        ['Name', 'Phone', 'Count', 'Ref'],
        ['Ann', '0412 000 001', 3, 5],
        ['Ann', '0412 000 001', 5, 14],
        ['Bob', '0412 000 002', 1, 1],
        ['Bob', '0412 000 002', 1, null],
      ],
      formulas: [
        { row: 2, col: 4, formula: '=C3' },
        { row: 3, col: 4, formula: '=SUM(C2:C4)' },
        { row: 4, col: 4, formula: '=C5' },
      ],
      meta: {},
    };
    const { result, after } = mergeAndApply(
      snapshot,
      [{ rows: [2, 3] }, { rows: [4, 5] }],
      optionsFor(snapshot, 'en-US'),
    );
    expect(result.merges.map((m) => m.mergedRows)).toEqual([[3], [5]]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'values.archiveOnly',
        clusterIndex: 0,
        message: expect.stringMatching(/row 3 \(Count: 5\)$/),
      }),
      expect.objectContaining({
        code: 'formula.refersToMergedRow',
        severity: 'warning',
        clusterIndex: 0,
        message: expect.stringContaining('D2'),
      }),
      expect.objectContaining({
        code: 'formula.refersToMergedRow',
        severity: 'warning',
        clusterIndex: 1,
        message: expect.stringContaining('D4 (D3 once merged)'),
      }),
    ]);
    expect(after.formulas).toEqual([
      { row: 2, col: 4, formula: '=#REF!' },
      { row: 3, col: 4, formula: '=#REF!' },
    ]);
  });

  test('name a running total where the merged sheet has it, and not a formula that leaves with its row', () => {
    // A running total filled down (累计 = the one above + 金额): merging row 3 into row 2 breaks row 4's
    // formula, which the merged sheet has on row 3; row 3's own formula goes to the archive with it.
    const snapshot = {
      name: '客户',
      values: [
        ['客户名称', '手机', '金额', '累计'],
        ['甲公司', '13811112222', 100, 100],
        ['甲公司', '13811112222', 200, 300],
        ['乙公司', '13911113333', 50, 350],
        ['丙公司', '13711114444', 70, 420],
      ],
      formulas: [
        { row: 3, col: 4, formula: '=D2+C3' },
        { row: 4, col: 4, formula: '=D3+C4' },
        { row: 5, col: 4, formula: '=D4+C5' },
      ],
      meta: {},
    };
    const { result, after } = mergeAndApply(snapshot, [{ rows: [2, 3] }], {
      ...optionsFor(snapshot, 'zh-CN'),
      keep: 'first',
    });
    expect(result.merges.map((m) => m.mergedRows)).toEqual([[3]]);
    const warnings = result.problems.filter((p) => p.code === 'formula.refersToMergedRow');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('D4（合并后为 D3）');
    expect(warnings[0]!.message).toContain('用到它结果的单元格');
    expect(after.formulas).toEqual([
      { row: 3, col: 4, formula: '=#REF!+C3' },
      { row: 4, col: 4, formula: '=D3+C4' },
    ]);
  });
});
