import type { CellValue } from '../../shared/sheet/cell-value';
import { planSetup, INLINE_LIST_LIMIT, LISTS_SHEET } from '../../shared/operations/setup';
import { defaultTemplate } from '../../shared/template/default-template';
import { invertPlan } from '../../shared/plan/invert-plan';
import { isListValidation } from '../../shared/plan/plan';
import { after } from './apply';
import { sheet, TODAY } from './fixtures';

describe('planSetup', () => {
  const snapshot = sheet([
    ['客户名称', '手机号码', '内部代码', '性别', '客户等级'],
    ['张三', '13800138000', 'k1', '男', 'VIP'],
    ['李四', '13900139000', 'k2', '女', 'A'],
  ]);
  const { plan, mapping, locale } = planSetup(snapshot, { now: TODAY });
  const result = after(snapshot, plan);

  test('renames mapped headers to the template labels and keeps other columns in place', () => {
    expect(locale).toBe('zh-CN');
    // 客户名称 may name a company as well as a person: 姓名 would say which, so it stays as typed.
    expect(result.values[0].slice(0, 5)).toEqual(['客户名称', '手机', '内部代码', '性别', '价值等级']);
    expect(result.values.map((r) => r[2])).toEqual(['内部代码', 'k1', 'k2']);
  });

  test('appends the missing template fields, with IDs for every row', () => {
    const headers = result.values[0] as string[];
    expect(headers).toEqual(expect.arrayContaining(['客户编号', '邮箱', '公司', '最近联系日期', '同意联系', '标签']));
    expect(headers).not.toContain('地址'); // kept only by teams that have it
    const idCol = headers.indexOf('客户编号');
    expect(result.values.slice(1).map((r) => r[idCol])).toEqual(['C000001', 'C000002']);
    expect(mapping.byField.customerId).toBe(idCol + 1);
  });

  test('adds dropdowns for choices, formats per kind, required marks, frozen header and filter', () => {
    const genderCol = mapping.byField.gender;
    const gender = plan.validations.filter(isListValidation).find((v) => v.col === genderCol);
    expect(gender?.source).toEqual({ kind: 'inline', values: ['男', '女', '其他'] });
    expect(gender).toMatchObject({ firstRow: 2, strict: true, allowBlank: true });
    expect(plan.validations.filter(isListValidation).find((v) => v.col === mapping.byField.consent)?.source).toEqual({
      kind: 'inline',
      values: ['是', '否'],
    });
    expect(plan.validations.some((v) => v.col === mapping.byField.tags)).toBe(false);
    expect(plan.numberFormats).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ col: mapping.byField.phone, format: '@' }),
        expect.objectContaining({ col: mapping.byField.lastContact, format: 'yyyy-mm-dd' }),
        expect.objectContaining({ col: mapping.byField.totalSpend, format: '#,##0.00' }),
      ]),
    );
    expect(plan.required.map((r) => r.col).sort()).toEqual(
      [mapping.byField.customerId, mapping.byField.name, mapping.byField.phone].sort(),
    );
    expect(plan.freezeRows).toBe(1);
    expect(plan.filter).toEqual({
      firstRow: 1,
      firstCol: 1,
      lastRow: 3,
      lastCol: (result.values[0] as string[]).length,
    });
  });

  test('puts lists longer than the inline limit on a hidden lists sheet', () => {
    const template = defaultTemplate();
    const industry = template.fields.find((f) => f.key === 'industry')!;
    industry.options = Array.from({ length: 40 }, (_, i) => ({
      key: `k${i}`,
      labels: { 'zh-CN': `行业选项${i}号`, 'en-US': `Industry option ${i}` },
      synonyms: [],
    }));
    const long = planSetup(snapshot, { template, now: TODAY }).plan;
    const validation = long.validations.filter(isListValidation).find((v) => v.source.kind === 'range');
    expect(industry.options.map((o) => o.labels['zh-CN']).join(',').length).toBeGreaterThan(INLINE_LIST_LIMIT);
    expect(validation?.source).toMatchObject({ kind: 'range', sheet: LISTS_SHEET, range: `${LISTS_SHEET}!$A$1:$A$40` });
    const lists = long.sheets.find((s) => s.name === LISTS_SHEET);
    expect(lists).toMatchObject({ hidden: true, mode: 'replace' });
    expect(lists?.rows.map((r) => r[0])).toEqual(industry.options.map((o) => o.labels['zh-CN']));
    expect(long.meta['template.json']).toBeDefined();
  });

  test('sets up an English sheet in English, split name columns kept', () => {
    const english = sheet([
      ['First Name', 'Last Name', 'Mobile'],
      ['Ann', 'Lee', '13800138000'],
    ]);
    const { plan: enPlan, locale: enLocale } = planSetup(english, { now: TODAY });
    const headers = after(english, enPlan).values[0];
    expect(enLocale).toBe('en-US');
    // Mobile says what kind of number the column holds, which the label Phone would not.
    expect(headers.slice(0, 3)).toEqual(['First Name', 'Last Name', 'Mobile']);
    expect(headers).not.toContain('Name');
    expect(headers).toContain('Customer ID');
  });

  test('makes an empty governed sheet from nothing', () => {
    const { plan: empty, mapping: emptyMapping } = planSetup(sheet([]), { locale: 'en-US' });
    expect(empty.edits.filter((e) => e.row === 1).map((e) => e.after)).toEqual(
      expect.arrayContaining(['Customer ID', 'Name', 'Phone']),
    );
    const optional = defaultTemplate()
      .fields.filter((f) => !f.appendWhenMissing)
      .map((f) => f.key);
    expect(emptyMapping.missing.filter((k) => !optional.includes(k))).toEqual([]);
  });

  test('is undone by its inverse for every cell it wrote', () => {
    const undone = after(result, invertPlan(plan));
    expect(undone.values.map((r) => r.slice(0, 5))).toEqual(snapshot.values);
    expect(undone.values.every((r) => r.slice(5).every((v) => v === null))).toBe(true);
  });
});

describe('planSetup on a ledger’s own follow-up and phone headers', () => {
  test('takes 最近跟进 and 下次跟进 as the follow-up dates instead of adding a second column for each', () => {
    const ledger = sheet([
      ['客户名称', '联系人', '手机', '座机', '最近跟进', '下次跟进'],
      ['成都天府餐饮管理有限公司', '赵敏', '', '028-85551234', '2024/3/1', '2024/4/1'],
      ['杭州云栖科技有限公司', '王建国', '13958012345', '0571-88231546', '2024/3/15', '2024/4/1'],
    ]);
    const headers = after(ledger, planSetup(ledger, { now: TODAY }).plan).values[0] as string[];
    expect(headers.slice(0, 6)).toEqual(['公司', '联系人', '手机', '座机', '最近联系日期', '下次跟进日期']);
    for (const label of ['手机', '最近联系日期', '下次跟进日期'])
      expect(headers.filter((h) => h === label)).toHaveLength(1);
  });

  test('keeps the day format a team shows its dates in', () => {
    const values: CellValue[][] = [
      ['姓名', '手机', '最近购买日期'],
      ['张伟', '13800138000', new Date(Date.UTC(2024, 2, 5))],
      ['李娜', '13912345678', new Date(Date.UTC(2024, 4, 1))],
    ];
    const own = 'yyyy"年"m"月"d"日"';
    const snapshot = {
      ...sheet(values),
      columnFormats: [null, '@', own],
    };
    const { plan, mapping } = planSetup(snapshot, { now: TODAY });
    expect(plan.numberFormats.find((f) => f.col === mapping.byField.lastPurchaseDate)?.format).toBe(own);
    // A column shown as text or General takes the template's date format.
    const plain = planSetup({ ...sheet(values), columnFormats: [null, '@', null] }, { now: TODAY });
    expect(plain.plan.numberFormats.find((f) => f.col === 3)?.format).toBe('yyyy-mm-dd');
    const withTime = planSetup({ ...sheet(values), columnFormats: [null, '@', 'yyyy-mm-dd hh:mm'] }, { now: TODAY });
    expect(withTime.plan.numberFormats.find((f) => f.col === 3)?.format).toBe('yyyy-mm-dd');
  });
});
