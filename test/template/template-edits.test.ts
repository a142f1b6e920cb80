import { checkSheet } from '../../shared/check/check-sheet';
import { normaliseCell } from '../../shared/normalise';
import { planClean } from '../../shared/operations/clean';
import { planTemplateSave } from '../../shared/operations/save-template';
import { storedTemplate } from '../../shared/operations/options';
import { applyPlan, emptySheet, findSheet, snapshotOf, type MemoryWorkbook } from '../../shared/plan/apply-plan';
import { readEntries } from '../../shared/history/operation-entry';
import { historyLabels } from '../../shared/history/history-labels';
import { undoOperation } from '../../shared/history/undo-operation';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { addEdit, editTemplate, splitSynonyms, type TemplateEdit } from '../../shared/template/template-edits';
import { checkTemplate } from '../../shared/template/template-problems';
import type { Field, Template } from '../../shared/template/schema';
import { sheet, TODAY } from '../operations/fixtures';

const fieldOf = (template: Template, key: string): Field => template.fields.find((f) => f.key === key)!;
const optionOf = (template: Template, field: string, key: string) =>
  fieldOf(template, field).options!.find((o) => o.key === key)!;
const ctx = (locale: 'zh-CN' | 'en-US') => ({ locale, defaultRegion: 'CN' });

describe('template-edits', () => {
  test('keeps the old name as a synonym when a Chinese team renames 跟进中 to 跟进', () => {
    const before = optionOf(DEFAULT_TEMPLATE, 'status', 'following');
    const edited = editTemplate(DEFAULT_TEMPLATE, {
      kind: 'renameOption',
      field: 'status',
      option: before.key,
      locale: 'zh-CN',
      text: '跟进',
    });
    const after = optionOf(edited, 'status', before.key);
    expect(after.labels).toEqual({ 'zh-CN': '跟进', 'en-US': before.labels['en-US'] });
    expect(after.synonyms).toContain('跟进中');
    expect(normaliseCell(fieldOf(edited, 'status'), '跟进中', ctx('zh-CN'))).toEqual({
      status: 'valid',
      value: '跟进',
    });
    expect(checkTemplate(edited).ok).toBe(true);
    // The built-in template is not changed in place.
    expect(optionOf(DEFAULT_TEMPLATE, 'status', 'following').labels['zh-CN']).toBe('跟进中');
  });

  test('keeps the old name as a synonym when an English team renames an option, and clean writes the new one', () => {
    const tier = fieldOf(DEFAULT_TEMPLATE, 'valueTier').options![0]!;
    const edited = editTemplate(DEFAULT_TEMPLATE, {
      kind: 'renameOption',
      field: 'valueTier',
      option: tier.key,
      locale: 'en-US',
      text: 'Key Account',
    });
    const snapshot = sheet([
      ['Customer ID', 'Name', 'Value Tier'],
      ['C000001', 'Alice Martin', tier.labels['en-US']],
    ]);
    const edits = planClean(snapshot, { now: TODAY, template: edited, locale: 'en-US' }).plan.edits;
    expect(edits.filter((e) => e.col === 3).map((e) => e.after)).toEqual(['Key Account']);
  });

  test('adds an option that check then accepts when a team adds 代理商 to the customer types', () => {
    const edited = editTemplate(DEFAULT_TEMPLATE, {
      kind: 'addOption',
      field: 'customerType',
      labels: { 'zh-CN': '代理商', 'en-US': 'Reseller' },
    });
    const added = fieldOf(edited, 'customerType').options!.at(-1)!;
    expect(added).toEqual({ key: 'reseller', labels: { 'zh-CN': '代理商', 'en-US': 'Reseller' }, synonyms: [] });
    const snapshot = sheet([
      ['客户编号', '姓名', '客户类型'],
      ['C000001', '张伟', '代理商'],
    ]);
    expect(checkSheet(snapshot, { now: TODAY }).issues.map((i) => i.code)).toContain('choice.notInList');
    expect(checkSheet(snapshot, { now: TODAY, template: edited }).issues.map((i) => i.code)).not.toContain(
      'choice.notInList',
    );
  });

  test('gives a new option a free key when its English label has no letters', () => {
    const once = editTemplate(DEFAULT_TEMPLATE, {
      kind: 'addOption',
      field: 'customerType',
      labels: { 'zh-CN': '甲', 'en-US': '一' },
    });
    const twice = editTemplate(once, {
      kind: 'addOption',
      field: 'customerType',
      labels: { 'zh-CN': '乙', 'en-US': '二' },
    });
    expect(
      fieldOf(twice, 'customerType')
        .options!.slice(-2)
        .map((o) => o.key),
    ).toEqual(['option1', 'option2']);
  });

  test('removes an option so its value no longer reads as one when a team drops a status', () => {
    const status = fieldOf(DEFAULT_TEMPLATE, 'status');
    const dropped = status.options!.find((o) => o.key === 'closed')!;
    const edited = editTemplate(DEFAULT_TEMPLATE, { kind: 'removeOption', field: 'status', option: dropped.key });
    expect(fieldOf(edited, 'status').options!.map((o) => o.key)).not.toContain(dropped.key);
    expect(normaliseCell(fieldOf(edited, 'status'), dropped.labels['zh-CN'], ctx('zh-CN')).status).not.toBe('valid');
  });

  test('reads a synonym as its option when a team adds 北京市区 to 北京 in the region list', () => {
    const edited = editTemplate(DEFAULT_TEMPLATE, {
      kind: 'synonyms',
      field: 'region',
      option: 'beijing',
      synonyms: splitSynonyms('北京市，北京市区、Peking'),
    });
    expect(optionOf(edited, 'region', 'beijing').synonyms).toEqual(['北京市', '北京市区', 'Peking']);
    expect(normaliseCell(fieldOf(edited, 'region'), '北京市区', ctx('en-US'))).toEqual({
      status: 'valid',
      value: 'Beijing',
    });
  });

  test('sets labels and required when a team renames 地区 to 省份 and makes it required', () => {
    let edited = editTemplate(DEFAULT_TEMPLATE, { kind: 'label', field: 'region', locale: 'zh-CN', text: '省份' });
    edited = editTemplate(edited, { kind: 'label', field: 'region', locale: 'en-US', text: 'Province' });
    edited = editTemplate(edited, { kind: 'required', field: 'region', required: true });
    expect(fieldOf(edited, 'region')).toMatchObject({
      labels: { 'zh-CN': '省份', 'en-US': 'Province' },
      required: true,
    });
    expect(checkTemplate(edited).ok).toBe(true);
  });

  test.each([
    ['an empty Chinese name', { 'zh-CN': ' ', 'en-US': 'Reseller' }, 'option.empty'],
    ['an empty English name', { 'zh-CN': '代理商', 'en-US': '' }, 'option.empty'],
    ['a name another option has', { 'zh-CN': '老客户', 'en-US': 'Reseller' }, 'option.duplicate'],
    [
      'a name another option has, spelled wider',
      { 'zh-CN': '代理商', 'en-US': 'ＲＥＴＵＲＮＩＮＧ  customer' },
      'option.duplicate',
    ],
    ['a name over 255 characters', { 'zh-CN': '代'.repeat(256), 'en-US': 'Reseller' }, 'option.tooLong'],
  ])('refuses %s, naming the field', (_, labels, code) => {
    const customerType = fieldOf(DEFAULT_TEMPLATE, 'customerType');
    expect(customerType.options!.map((o) => o.labels['zh-CN'])).toContain('老客户');
    const edited = editTemplate(DEFAULT_TEMPLATE, { kind: 'addOption', field: 'customerType', labels });
    const result = checkTemplate(edited);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ code, field: 'customerType' }));
  });

  test('accepts a list over 255 characters in total when each name is short (setup puts it on the lists sheet)', () => {
    const edited = Array.from({ length: 60 }, (_, i) => i).reduce(
      (template, i) =>
        editTemplate(template, {
          kind: 'addOption',
          field: 'customerType',
          labels: { 'zh-CN': `渠道伙伴${i}`, 'en-US': `Channel Partner ${i}` },
        }),
      DEFAULT_TEMPLATE,
    );
    expect(checkTemplate(edited).ok).toBe(true);
  });

  test('refuses a label left empty and a list left with no option', () => {
    let edited = editTemplate(DEFAULT_TEMPLATE, { kind: 'label', field: 'gender', locale: 'en-US', text: '  ' });
    for (const option of fieldOf(DEFAULT_TEMPLATE, 'gender').options!)
      edited = editTemplate(edited, { kind: 'removeOption', field: 'gender', option: option.key });
    const result = checkTemplate(edited);
    expect(result.ok ? [] : result.problems).toEqual([
      { code: 'label.empty', field: 'gender', locale: 'en-US' },
      { code: 'options.none', field: 'gender' },
    ]);
  });
});

describe('template-edits addEdit', () => {
  test('keeps one rename from the first name when a new name is typed letter by letter (中文 and English)', () => {
    const typing = (locale: 'zh-CN' | 'en-US', texts: string[]): TemplateEdit[] =>
      texts.map((text) => ({ kind: 'renameOption', field: 'status', option: 'following', locale, text }));
    let edits: TemplateEdit[] = [];
    for (const edit of [...typing('zh-CN', ['跟', '跟进', '跟进者']), ...typing('en-US', ['Chas', 'Chasing'])])
      edits = addEdit(edits, edit);
    expect(edits).toHaveLength(2);
    const option = optionOf(edits.reduce(editTemplate, DEFAULT_TEMPLATE), 'status', 'following');
    expect(option.labels).toEqual({ 'zh-CN': '跟进者', 'en-US': 'Chasing' });
    expect(option.synonyms).toEqual(expect.arrayContaining(['跟进中', 'In Progress']));
    expect(option.synonyms).not.toContain('跟');
    expect(option.synonyms).not.toContain('Chas');
  });
});

describe('save-template', () => {
  test('stores the edited template in meta and its undo brings back the built-in one', () => {
    const edited = editTemplate(DEFAULT_TEMPLATE, { kind: 'required', field: 'region', required: true });
    const workbook: MemoryWorkbook = {
      sheets: [{ ...emptySheet('客户'), values: [['客户编号', '姓名', '地区']] }],
      meta: {},
    };
    const snapshot = { name: '客户', values: workbook.sheets[0]!.values, meta: {} };
    const { plan, undo } = planTemplateSave(snapshot, edited);
    const saved = applyPlan(workbook, plan);
    expect(storedTemplate({ ...snapshot, meta: saved.meta })).toEqual(edited);
    const undone = applyPlan(saved, undo);
    expect(undone.meta['template.json']).toBeUndefined();
  });

  test.each([
    ['zh-CN', '保存模板'],
    ['en-US', 'Save the template'],
  ] as const)(
    'is listed in the workbook history and undone after a reload when a %s team saves its template',
    async (locale, label) => {
      const first = editTemplate(DEFAULT_TEMPLATE, { kind: 'required', field: 'region', required: true });
      let workbook: MemoryWorkbook = {
        sheets: [{ ...emptySheet('客户'), values: [['客户编号', '姓名', '地区']] }],
        meta: { 'template.json': JSON.stringify(first) },
      };
      const second = editTemplate(first, { kind: 'label', field: 'region', locale: 'zh-CN', text: '省份' });
      const { plan } = planTemplateSave({ name: '客户', meta: workbook.meta }, second, { at: TODAY, locale });
      // Only the plan, as a reload leaves it: the workbook's history is all undo has.
      workbook = applyPlan(workbook, plan);
      const entry = readEntries(workbook.meta).entries.at(-1)!;
      expect(entry.kind).toBe('templateSave');
      expect(historyLabels(locale).operations[entry.kind]).toBe(label);
      const result = await undoOperation(
        {
          meta: () => ({ ...workbook.meta }),
          read: (name) => (findSheet(workbook, name) ? snapshotOf(workbook, name) : undefined),
          apply: (undo) => (workbook = applyPlan(workbook, undo)),
        },
        entry.id,
        TODAY,
        locale,
      );
      expect(result.ok).toBe(true);
      expect(JSON.parse(workbook.meta['template.json']!)).toEqual(first);
    },
  );

  test('its undo puts back the template stored before when the workbook had one', () => {
    const first = editTemplate(DEFAULT_TEMPLATE, { kind: 'required', field: 'region', required: true });
    const second = editTemplate(first, { kind: 'label', field: 'region', locale: 'zh-CN', text: '省份' });
    const meta = { 'template.json': JSON.stringify(first) };
    const { undo } = planTemplateSave({ name: 'Customers', meta }, second);
    expect(undo.meta).toEqual(meta);
  });
});
