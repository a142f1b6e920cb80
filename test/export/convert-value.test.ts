import { crmLayout } from '../../shared/export/crm-layouts';
import { ValueConverter, formatIsoDate, phoneLine } from '../../shared/export/convert-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import type { Field } from '../../shared/template/schema';

const regions = (region: string) => ({ defaultRegion: region, sheetRegion: region });
const field = (key: string): Field => DEFAULT_TEMPLATE.fields.find((f) => f.key === key)!;

describe('convert-value', () => {
  test.each([
    ['2024-03-05', 'MM/dd/yyyy', '03/05/2024'],
    ['2024-03-05', 'yyyy-MM-dd', '2024-03-05'],
    ['2024-03-05', 'dd/MM/yyyy', '05/03/2024'],
    ['2024-03-05', 'M/d/yyyy', '3/5/2024'],
  ])('writes %s as %s when the importer reads that pattern', (iso, pattern, expected) => {
    expect(formatIsoDate(iso, pattern)).toBe(expected);
  });

  test.each([
    ['138 0013 8000', 'Phone', 'mobile'],
    ['010-62345678', '手机', 'other'],
    ['400-800-8888', '手机', 'other'],
    ['+1 415 555 2671', 'Mobile', 'mobile'],
    ['+1 415 555 2671', '电话', 'other'],
    ['+44 7700 900123', 'Cell', 'mobile'],
  ])(
    "sends %s under the sheet header %s to the %s column when choosing between a CRM's phone columns",
    (value, header, line) => {
      expect(phoneLine(value, { ...regions('CN'), rowRegion: null }, header)).toBe(line);
    },
  );

  test("converts dates, phones, yes/no and choices to Zoho's forms when the list is Chinese", () => {
    const zoho = new ValueConverter(crmLayout('zoho', 'leads')!, 'zh-CN', regions('CN'));
    expect(zoho.convert(field('birthDate'), '1990年3月5日', 'Date of Birth', { kind: 'extra' })).toBe('03/05/1990');
    expect(zoho.convert(field('birthDate'), new Date(Date.UTC(1990, 2, 5)), 'Date of Birth', { kind: 'extra' })).toBe(
      '03/05/1990',
    );
    expect(zoho.convert(field('phone'), '+86 138-0013-8000', 'Mobile', { kind: 'crm' })).toBe('+8613800138000');
    expect(zoho.convert(field('phone'), '010-62345678 转 123', 'Phone', { kind: 'crm' })).toBe(
      '+861062345678 ext. 123',
    );
    expect(zoho.convert(field('consent'), '同意', '同意联系', { kind: 'extra' })).toBe('1');
    expect(zoho.convert(field('consent'), '否', '同意联系', { kind: 'extra' })).toBe('0');
    expect(
      zoho.convert(field('source'), '广告', 'Lead Source', { kind: 'crm', picklist: { ads: 'Advertisement' } }),
    ).toBe('Advertisement');
    expect(
      zoho.convert(field('source'), '官网', 'Lead Source', { kind: 'crm', picklist: { ads: 'Advertisement' } }),
    ).toBe('Website');
    expect(zoho.convert(field('source'), '官网', '客户来源', { kind: 'extra' })).toBe('官网');
    expect(zoho.convert(field('tags'), '高意向，决策人', '标签', { kind: 'extra' })).toBe('高意向;决策人');
    expect(zoho.offPicklist.get('Lead Source')).toEqual(new Set(['Website']));
  });

  test('keeps a value it cannot read as typed and counts it when the cell is invalid', () => {
    const hubspot = new ValueConverter(crmLayout('hubspot', 'contacts')!, 'en-US', regions('US'));
    expect(hubspot.convert(field('birthDate'), 'sometime in May', 'Date of Birth', { kind: 'crm' })).toBe(
      'sometime in May',
    );
    expect(hubspot.convert(field('phone'), 'ask reception', 'Phone Number', { kind: 'crm' })).toBe('ask reception');
    expect(hubspot.convert(field('consent'), 'Yes', 'Consent', { kind: 'extra' })).toBe('Yes');
    expect(hubspot.convert(field('totalSpend'), '$1,234.50', 'Total Spend', { kind: 'extra' })).toBe(1234.5);
    expect(hubspot.convert(field('email'), null, 'Email', { kind: 'crm' })).toBeNull();
    expect(Object.fromEntries(hubspot.asTyped)).toEqual({ 'Date of Birth': 1, 'Phone Number': 1 });
  });

  test('writes 纷享销客 phones in the national form and yes/no as 是/否 when exporting there', () => {
    const fx = new ValueConverter(crmLayout('fxiaoke', 'accounts')!, 'zh-CN', regions('CN'));
    expect(fx.convert(field('phone'), '+86 138 0013 8000', '手机', { kind: 'crm' })).toBe('13800138000');
    expect(fx.convert(field('phone'), '(010)62345678', '电话', { kind: 'crm' })).toBe('010-62345678');
    expect(fx.convert(field('phone'), '+1 415 555 2671', '电话', { kind: 'crm' })).toBe('+14155552671');
    expect(fx.convert(field('consent'), 'Y', '同意联系', { kind: 'extra' })).toBe('是');
    expect(fx.convert(field('valueTier'), 'A级', '客户级别', { kind: 'crm' })).toBe('A');
  });
});
