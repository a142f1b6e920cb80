import { HostError, hostErrorText } from '../../shared/host/host';
import { hostStepName } from '../../shared/host/host-steps';
import { applyPlanReporting, findSheet, workbookFromSnapshot } from '../../shared/plan/apply-plan';
import { executePlan, executePlanSync } from '../../shared/plan/execute-plan';
import { emptyPlan, type Plan } from '../../shared/plan/plan';
import type { FormulaHit, PlanWriter } from '../../shared/plan/plan-writer';

/** A Chinese team's list: 姓名, 手机, 城市; the plan sets it up and fixes it. */
function plan(parts: Partial<Plan>): Plan {
  return { ...emptyPlan('客户'), ...parts };
}

const everyPart = plan({
  backup: { name: '_custodian_backup_1' },
  sheets: [{ name: '_custodian_lists', hidden: true, mode: 'replace', rows: [['北京'], ['上海']] }],
  insertRows: [
    { row: 4, values: ['李娜', '13700137000', '上海'] },
    { row: 3, values: ['王芳', '13600136000', '北京'] },
  ],
  edits: [
    { row: 2, col: 2, before: '138 0013 8000', after: '13800138000' },
    { row: 6, col: 3, before: '北京市', after: '北京' },
  ],
  deleteRows: [
    { row: 5, values: ['张伟', '13800138000', '北京'] },
    { row: 6, values: ['赵磊', null, '北京'] },
  ],
  numberFormats: [{ col: 2, firstRow: 2, lastRow: 100, format: '@' }],
  validations: [
    {
      col: 3,
      firstRow: 2,
      lastRow: 100,
      source: { kind: 'range', sheet: '_custodian_lists', range: 'A1:A2', values: ['北京', '上海'] },
      allowBlank: true,
      strict: true,
    },
  ],
  required: [{ col: 1, firstRow: 2, lastRow: 100, note: '每位客户都需要姓名。' }],
  freezeRows: 1,
  filter: { firstRow: 1, lastRow: 6, firstCol: 1, lastCol: 3 },
  protection: { headerRows: 1, cols: [1] },
  meta: { 'template.locale': 'zh-CN' },
});

/** Records every primitive call; `fail` makes one step throw, `hit` is what prepare finds. */
function recorder(options: { fail?: string; hit?: FormulaHit; async?: boolean } = {}) {
  const calls: string[] = [];
  const call = (name: string, detail = '') => {
    calls.push(detail ? `${name} ${detail}` : name);
    if (options.fail === name) throw new Error('Boom.');
    return options.async ? Promise.resolve() : undefined;
  };
  const writer: PlanWriter = {
    blockStrategy: 'runs',
    prepare: (_work, guard) => {
      calls.push(`prepare ${guard.map((b) => `${b.row},${b.col}`).join(' ')}`);
      return options.async ? Promise.resolve(options.hit ?? null) : (options.hit ?? null);
    },
    copySheet: (backup) => call('copySheet', backup.name),
    writeSheets: (writes) => call('writeSheets', writes.map((w) => `${w.name}${w.hidden ? ' (hidden)' : ''}`).join()),
    deleteSheets: (names) => call('deleteSheets', names.join()),
    insertRows: (rows, runs) =>
      call('insertRows', `${rows.map((r) => r.row).join()} runs ${runs.map((r) => `${r.first}x${r.count}`).join()}`),
    writeEdits: (blocks) => call('writeEdits', blocks.map((b) => `${b.row},${b.col}`).join(' ')),
    deleteRows: (rows, runs) =>
      call('deleteRows', `${rows.map((r) => r.row).join()} runs ${runs.map((r) => `${r.first}x${r.count}`).join()}`),
    giveFootprintsBack: (footprints) => call('giveFootprintsBack', footprints.map((f) => f.sheet).join()),
    setNumberFormats: () => call('setNumberFormats'),
    setValidations: () => call('setValidations'),
    setRequired: () => call('setRequired'),
    setHighlights: () => call('setHighlights'),
    freezeRows: (rows) => call('freezeRows', String(rows)),
    setFilter: () => call('setFilter'),
    setProtection: (p) => call('setProtection', 'remove' in p ? 'remove' : `${p.headerRows} ${p.cols.join()}`),
    writeMeta: () => call('writeMeta'),
    endStep: (step) => void calls.push(`end ${step}`),
    finish: () => void calls.push('finish'),
  };
  // Its primitives take their parts from their arguments: it writes an inverse plan as well.
  writer.forPlan = () => writer;
  return { writer, calls };
}

describe('execute-plan', () => {
  test('runs the steps in plan order with rows sorted and grouped into runs when the plan has every part', () => {
    const { writer, calls } = recorder();
    expect(executePlanSync(everyPart, writer)).toEqual({ skipped: [] });
    expect(calls.filter((c) => !c.startsWith('end'))).toEqual([
      // The edit of row 6 is row 4 before the two inserts above it: that is where its formula is read.
      'prepare 2,2 4,3',
      // The backup first, so it holds the sheet as it was.
      'copySheet _custodian_backup_1',
      'writeSheets _custodian_lists (hidden)',
      'insertRows 3,4 runs 3x2',
      'writeEdits 2,2 6,3',
      'deleteRows 6,5 runs 5x2',
      'setNumberFormats',
      'setValidations',
      'setRequired',
      'freezeRows 1',
      'setFilter',
      'setProtection 1 1',
      'writeMeta',
      'finish',
    ]);
    expect(calls.filter((c) => c.startsWith('end'))).toHaveLength(12);
  });

  test('skips and reports what the host cannot do when it lacks the filter, validation and hidden sheets', async () => {
    const { writer, calls } = recorder({ async: true });
    const result = await executePlan(everyPart, writer, {
      capabilities: { dataValidation: false, conditionalFormats: true, hiddenSheets: false, filter: false },
    });
    expect(result.skipped).toEqual(['hiddenSheets', 'validations', 'filter']);
    expect(calls).toContain('writeSheets _custodian_lists');
    expect(calls.some((c) => c.startsWith('setValidations') || c.startsWith('setFilter'))).toBe(false);
    expect(calls).toContain('setRequired');
  });

  test('reports progress once per step', async () => {
    const progress: string[] = [];
    await executePlan(plan({ edits: everyPart.edits, freezeRows: 1 }), recorder({ async: true }).writer, {
      onProgress: (p) => progress.push(`${p.done}/${p.total}`),
    });
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
  });

  test('stops before the first write when cancelled', async () => {
    const { writer, calls } = recorder({ async: true });
    await expect(executePlan(everyPart, writer, { signal: { aborted: true } })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(calls).toEqual([]);
  });

  test('names the failing step in both languages when a primitive throws', () => {
    const { writer } = recorder({ fail: 'setRequired' });
    let error: unknown;
    try {
      executePlanSync(everyPart, writer);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({
      step: 'highlighting required columns',
      stepKey: 'required',
      message: 'Could not highlight the required columns (highlighting required columns): Boom.',
    });
    expect(hostStepName((error as HostError).stepKey!, 'zh-CN')).toBe('标记必填列');
    expect(hostStepName((error as HostError).stepKey!, 'en-US')).toBe('highlighting required columns');
  });

  test('puts back the rows and cells it wrote before reporting a failure when a later step fails', () => {
    const { writer, calls } = recorder({ fail: 'setRequired' });
    expect(() => executePlanSync(everyPart, writer)).toThrow(HostError);
    expect(calls.filter((c) => !c.startsWith('end') && !c.startsWith('prepare'))).toEqual([
      'copySheet _custodian_backup_1', // kept: it holds the sheet as the rollback leaves it
      'writeSheets _custodian_lists (hidden)',
      'insertRows 3,4 runs 3x2',
      'writeEdits 2,2 6,3',
      'deleteRows 6,5 runs 5x2',
      'setNumberFormats',
      'setValidations',
      'setRequired',
      // The inverse of what completed: the deleted rows back, the edits reverted, the inserted rows
      // out, the rules it set removed (the number format carries no previous one: it stays), and the
      // required marks of the failed step, which may have been set in part.
      'insertRows 5,6 runs 5x2',
      'writeEdits 2,2 6,3',
      'deleteRows 4,3 runs 3x2',
      'setValidations',
      'setRequired',
      // The inverse's own pass finishes, then the plan's.
      'finish',
      'finish',
    ]);
  });

  test('deletes sheets right after writing helper sheets, and writes them again when a later step fails', () => {
    const plan: Plan = {
      ...emptyPlan('客户'),
      sheets: [{ name: '操作日志', hidden: false, mode: 'append', rows: [['2']] }],
      deleteSheets: [{ name: '重复客户', hidden: false, rows: [['组号'], [1]] }],
      deleteRows: [{ row: 3, values: ['张 伟'] }],
    };
    const { writer, calls } = recorder({ fail: 'deleteRows' });
    expect(() => executePlanSync(plan, writer)).toThrow('Boom.');
    expect(calls.filter((c) => !c.startsWith('end') && !c.startsWith('prepare'))).toEqual([
      'writeSheets 操作日志',
      'deleteSheets 重复客户',
      'deleteRows 3 runs 3x1',
      // The deleted sheet comes back with what it held; the log row stays (a record).
      'writeSheets 重复客户',
      'finish',
      'finish',
    ]);
  });

  test('still reports the failure and finishes when there is nothing to put back', () => {
    const { writer, calls } = recorder({ fail: 'writeSheets' });
    expect(() => executePlanSync(everyPart, writer)).toThrow('Boom.');
    expect(calls.filter((c) => !c.startsWith('end') && !c.startsWith('prepare'))).toEqual([
      'copySheet _custodian_backup_1',
      'writeSheets _custodian_lists (hidden)',
      'finish',
    ]);
  });

  test('words the failed step in Chinese for the sidebar while the message stays English', () => {
    const { writer } = recorder({ fail: 'writeEdits' });
    const error = (() => {
      try {
        executePlanSync(everyPart, writer);
      } catch (caught) {
        return caught as HostError;
      }
    })();
    expect(error?.message).toBe('Could not write the changed cells (writing cell values): Boom.');
    expect(hostErrorText(error!, 'zh-CN')).toBe('无法写入已更改的单元格：Boom.');
    expect(hostErrorText(error!, 'en-US')).toBe(error?.message);
  });

  test('words the formula guard in both languages when an edit lands on a formula', async () => {
    const { writer } = recorder({ async: true, hit: { row: 4, col: 3, formula: '=B4*10' } });
    const error = (await executePlan(everyPart, writer).catch((e: unknown) => e)) as HostError;
    expect(hostErrorText(error, 'zh-CN')).toBe(
      '单元格 客户!C4 中有公式 =B4*10；Custodian 从不覆盖公式。请重新读取工作表后再试（写入单元格）。',
    );
    expect(hostErrorText(error, 'en-US')).toBe(
      'Cell 客户!C4 holds the formula =B4*10; Custodian never overwrites formulas. Read the sheet again and try once more (writing cell values).',
    );
  });

  test('refuses the plan before any write when the host finds a formula under an edit', async () => {
    const { writer, calls } = recorder({ async: true, hit: { row: 4, col: 3, formula: '=VLOOKUP(B4,区号!A:B,2,0)' } });
    await expect(executePlan(everyPart, writer)).rejects.toMatchObject({
      step: 'writing cell values',
      message: expect.stringContaining('客户!C4 holds the formula =VLOOKUP(B4,区号!A:B,2,0)'),
    });
    expect(calls).toEqual(['prepare 2,2 4,3']);
  });

  test('refuses an edit of a row the plan restores with a formula, without asking the host', () => {
    const { writer, calls } = recorder();
    const restore = plan({
      insertRows: [{ row: 3, values: ['王芳', 2, 20], formulas: [null, null, '=B3*10'] }],
      edits: [{ row: 3, col: 3, before: 20, after: 30 }],
    });
    expect(() => executePlanSync(restore, writer)).toThrow('客户!C3 holds the formula =B3*10');
    expect(calls).toEqual([]);
  });

  test('refuses a writer that returns promises when run synchronously', () => {
    expect(() => executePlanSync(everyPart, recorder({ async: true }).writer)).toThrow(/use executePlan/);
  });

  test('leaves the filter off the in-memory reference host when it plays Excel 2019, and says so', () => {
    const start = workbookFromSnapshot({
      name: 'Customers',
      values: [
        ['Name', 'Phone'],
        ['Ada', '13800138000'],
      ],
    });
    const { workbook, skipped } = applyPlanReporting(
      start,
      { ...emptyPlan('Customers'), freezeRows: 1, filter: { firstRow: 1, lastRow: 2, firstCol: 1, lastCol: 2 } },
      {
        capabilities: { dataValidation: true, conditionalFormats: true, hiddenSheets: true, filter: false },
      },
    );
    expect(skipped).toEqual(['filter']);
    expect(findSheet(workbook, 'Customers')!.freezeRows).toBe(1);
    expect(findSheet(workbook, 'Customers')!.filter).toBeUndefined();
  });

  test('groups nothing for an in-memory writer that applies edits in plan order, but still refuses an inserted formula', () => {
    const { writer, calls } = recorder();
    executePlanSync(everyPart, { ...writer, blockStrategy: null });
    expect(calls).toContain('prepare ');
    expect(calls).toContain('writeEdits');
    const restore = plan({
      insertRows: [{ row: 3, values: ['王芳', 2, 20], formulas: [null, null, '=B3*10'] }],
      edits: [{ row: 3, col: 3, before: 20, after: 30 }],
    });
    expect(() => executePlanSync(restore, { ...writer, blockStrategy: null })).toThrow(
      '客户!C3 holds the formula =B3*10',
    );
  });
});
