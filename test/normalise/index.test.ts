import { normaliseCell, type NormaliseContext } from '../../shared/normalise';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import type { Field } from '../../shared/template/schema';
import type { CellValue } from '../../shared/sheet/cell-value';

const zh: NormaliseContext = { locale: 'zh-CN', defaultRegion: 'CN' };
const en: NormaliseContext = { locale: 'en-US', defaultRegion: 'CN' };
const field = (key: string): Field => {
  const found = DEFAULT_TEMPLATE.fields.find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
};

describe('index', () => {
  test.each<[string, CellValue, NormaliseContext, CellValue]>([
    ['customerId', ' C000123 ', zh, 'C000123'],
    ['name', '张 伟', zh, '张伟'],
    ['company', '北京\u3000科技  有限公司', zh, '北京科技有限公司'],
    ['phone', '+86 138-0013-8000', zh, '13800138000'],
    ['email', 'Zhang.Wei@Example.com', zh, 'zhang.wei@example.com'],
    ['lastContact', '2024年3月5日', zh, '2024-03-05'],
    ['purchaseCount', '12次', zh, 12],
    ['totalSpend', '¥1,234.50', zh, 1234.5],
    ['gender', 'male', zh, '男'],
    ['gender', '男', en, 'Male'],
    ['tags', '高意向，推荐', en, 'High Intent, Referral'],
    ['consent', '同意', en, 'Yes'],
    ['consent', 'Y', zh, '是'],
  ])('normalises a %s cell %j', (key, input, ctx, expected) => {
    expect(normaliseCell(field(key), input, ctx)).toEqual({ status: 'valid', value: expected });
  });

  test('uses the context: region for phones, column format for date serials', () => {
    expect(normaliseCell(field('phone'), '(415) 555-2671', { ...en, defaultRegion: 'US' })).toEqual({
      status: 'valid',
      value: '(415) 555-2671',
    });
    expect(normaliseCell(field('lastContact'), '45356', { ...zh, columnFormat: 'yyyy/m/d' })).toEqual({
      status: 'valid',
      value: '2024-03-05',
    });
    expect(normaliseCell(field('lastContact'), '45356', zh)).toEqual({ status: 'invalid', code: 'date.invalid' });
  });

  test('reports each kind of bad value with its code', () => {
    expect(normaliseCell(field('phone'), '12345', zh)).toEqual({ status: 'invalid', code: 'phone.invalid' });
    expect(normaliseCell(field('email'), 'a@b', zh)).toEqual({ status: 'invalid', code: 'email.invalid' });
    expect(normaliseCell(field('birthDate'), '2024-02-30', zh)).toEqual({ status: 'invalid', code: 'date.invalid' });
    expect(normaliseCell(field('purchaseCount'), '3.5', zh)).toEqual({ status: 'invalid', code: 'integer.notWhole' });
    expect(normaliseCell(field('purchaseCount'), '-1', zh)).toEqual({ status: 'invalid', code: 'number.negative' });
    expect(normaliseCell(field('totalSpend'), '面议', zh)).toEqual({ status: 'invalid', code: 'number.invalid' });
    expect(normaliseCell(field('valueTier'), 'Z', zh)).toEqual({ status: 'invalid', code: 'choice.notInList' });
    expect(normaliseCell(field('consent'), '也许', zh)).toEqual({ status: 'invalid', code: 'yesNo.invalid' });
  });

  test('reports a blank cell of every kind as empty', () => {
    for (const f of DEFAULT_TEMPLATE.fields) {
      expect(normaliseCell(f, null, zh)).toEqual({ status: 'empty' });
      expect(normaliseCell(f, '  ', zh)).toEqual({ status: 'empty' });
    }
  });

  test.each<[string, CellValue, CellValue]>([
    ['phone', '+1 415 555 2671', '+1 415 555 2671'],
    ['phone', '010-62345678', '010-62345678'],
    ['email', 'Zhang.Wei+crm@example.com.cn', 'zhang.wei+crm@example.com.cn'],
    ['lastContact', '2024年3月5日', '2024-03-05'],
    ['totalSpend', '1,234.50', 1234.5],
  ])('never reports the %s %j as an error', (key, input, expected) => {
    for (const ctx of [zh, en])
      expect(normaliseCell(field(key), input, ctx)).toEqual({ status: 'valid', value: expected });
  });

  test('keeps the text of a field whose kind this build does not know', () => {
    const future = { ...field('notes'), kind: 'rating' } as unknown as Field;
    expect(normaliseCell(future, ' 5 stars ', zh)).toEqual({ status: 'valid', value: '5 stars' });
  });
});
