/**
 * 企业微信's 客户联系 export has a 客户类型 column of 微信 or 企业微信: the kind of account the contact
 * added the salesperson from (a WeChat user or another company's WeCom user), not whether they are a
 * new, regular or lost customer. Mapped to the customer type, every value would be "not an option".
 */
import type { CellValue } from '../../shared/sheet/cell-value';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { mapHeaders, mappingToJson } from '../../shared/template/header-mapping';

// prettier-ignore
const WECOM: CellValue[][] = [
  ['客户名称', '客户备注名', '添加人', '添加人账号', '添加时间', '添加渠道', '标签', '备注', '描述', '企业名称', '电话', '客户类型'],
  ['A.小刘🌸', '刘晓燕-华润置地', '陈经理', 'chenjl', '2026-08-01 10:12', '扫描二维码', '意向客户;深圳', '华润置地 采购部', '下月有采购计划', '华润置地（深圳）有限公司', '13600001234', '微信'],
  ['刘晓燕', '刘晓燕 华润', '李销售', 'lixs', '2026-09-12 15:40', '搜索手机号', '意向客户', '', '', '华润置地(深圳)有限公司', '136 0000 1234', '微信'],
  ['Mike Zhang', '张总 海外', '陈经理', 'chenjl', '2026-07-03 09:00', '名片分享', '重点客户', '电话 +1 415 555 0100', '在美国', 'Acme Corp', '', '微信'],
  ['张总', '张建国', '王助理', 'wangzl', '2026-10-10 11:11', '群聊', '重点客户', '', '', '深圳市腾飞科技有限公司', '0755-86001234', '企业微信'],
  ['赵磊', '赵磊-腾飞', '王助理', 'wangzl', '2026-10-11 11:11', '群聊', '', '', '', '深圳市腾飞科技有限公司', '0755-86001234', '企业微信'],
];

// A team's own 客户类型 of the template's options stays the customer type.
// prettier-ignore
const OWN_TYPES: CellValue[][] = [
  ['客户名称', '手机', '客户类型'],
  ['王建国', '13800138000', '老客户'],
  ['李梅', '13911112222', '新客户'],
  ['赵磊', '13712345678', '潜在客户'],
];

const map = (values: CellValue[][]) => mappingToJson(mapHeaders(values[0]!, DEFAULT_TEMPLATE, {}, values.slice(1)));

describe('mapHeaders with a WeCom export’s 客户类型', () => {
  test('客户类型 of 微信 and 企业微信 is the account’s kind, no customer type', () => {
    expect(map(WECOM)).toMatchObject({ 客户类型: null, 电话: 'phone', 企业名称: 'company' });
  });

  test('English account kinds (WeChat, WeCom) are no customer type either', () => {
    const rows = WECOM.map((row, r) =>
      r === 0 ? row : [...row.slice(0, 11), row[11] === '微信' ? 'WeChat' : 'WeCom'],
    );
    expect(map(rows)).toMatchObject({ 客户类型: null });
  });

  test('客户类型 of the template’s own options is still the customer type', () => {
    expect(map(OWN_TYPES)).toMatchObject({ 客户类型: 'customerType' });
  });
});
