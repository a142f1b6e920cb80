import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { foldHeader, mapHeaders, mappingToJson } from '../../shared/template/header-mapping';

describe('mapHeaders', () => {
  test.each([
    ['客户编号', 'customerId'],
    ['Customer ID', 'customerId'],
    ['customer_id', 'customerId'],
    ['姓名', 'name'],
    ['Full Name', 'name'],
    ['手机号', 'phone'],
    ['联系电话', 'phone'],
    ['ＭＯＢＩＬＥ', 'phone'],
    ['  Tel  ', 'phone'],
    ['E-mail', 'email'],
    ['电子邮箱', 'email'],
    ['公司名称', 'company'],
    ['客户等级', 'valueTier'],
    ['最近联系时间', 'lastContact'],
    ['Last Contact Date', 'lastContact'],
    ['*性别', 'gender'],
    ['手机号（必填）', 'phone'],
    ['客户手机号码', 'phone'],
  ])('maps "%s" to %s', (header, field) => {
    expect(mapHeaders([header], DEFAULT_TEMPLATE).columns[0].field).toBe(field);
  });

  test('maps first/last name columns to the parts of the name', () => {
    const mapping = mapHeaders(['First Name', 'Last Name', 'Email'], DEFAULT_TEMPLATE);
    expect(mappingToJson(mapping)).toEqual({ 'First Name': 'name.given', 'Last Name': 'name.family', Email: 'email' });
    expect(mapping.nameParts).toEqual({ given: 1, family: 2 });
    expect(mapping.missing).not.toContain('name');
  });

  test('maps 姓 and 名 columns as a split Chinese name', () => {
    const mapping = mapHeaders(['姓', '名', '手机'], DEFAULT_TEMPLATE);
    expect(mappingToJson(mapping)).toEqual({ 姓: 'name.family', 名: 'name.given', 手机: 'phone' });
  });

  test('leaves unknown columns unmapped and reports missing fields', () => {
    const mapping = mapHeaders(['姓名', '内部备用列', '', 'Phone'], DEFAULT_TEMPLATE);
    expect(mapping.columns.map((c) => c.field)).toEqual(['name', null, null, 'phone']);
    expect(mapping.columns[1].match).toBe('none');
    expect(mapping.missing).toContain('email');
    expect(mapping.missing).not.toContain('phone');
  });

  test('gives a field to its first column only', () => {
    const mapping = mapHeaders(['手机', '电话'], DEFAULT_TEMPLATE);
    expect(mapping.columns.map((c) => c.field)).toEqual(['phone', null]);
  });

  test('applies the user\'s corrections before guessing', () => {
    const mapping = mapHeaders(['电话', '手机', '备注'], DEFAULT_TEMPLATE, { 电话: null, 备注: 'contactSummary' });
    expect(mappingToJson(mapping)).toEqual({ 电话: null, 手机: 'phone', 备注: 'contactSummary' });
    expect(mapping.columns[0].match).toBe('manual');
  });

  test('ignores an override naming a field the template lacks', () => {
    const mapping = mapHeaders(['X'], DEFAULT_TEMPLATE, { X: 'noSuchField' });
    expect(mapping.columns[0].field).toBeNull();
  });
});

describe('foldHeader', () => {
  test.each([
    ['Ｃｕｓｔｏｍｅｒ　ＩＤ', 'customerid'],
    ['E-mail:', 'email'],
    ['*手机号', '手机号'],
    ['手机号(必填)', '手机号'],
  ])('folds "%s" to "%s"', (input, folded) => {
    expect(foldHeader(input)).toBe(folded);
  });
});
