/**
 * 钉钉 CRM's customer export: 客户类型 of 企业客户 and 个人客户 (whether the customer is a business or a
 * person), 跟进状态 of 初次接触, 意向, 跟进中, 已成交 and 流失 (its follow-up stages). 企业客户 and 个人客户
 * are options of their own; the stages no status option means are 钉钉's own, kept as typed with no
 * error on their rows. No other value changes what it means.
 */
import { checkSheet } from '../../shared/check/check-sheet';
import type { CellValue } from '../../shared/sheet/cell-value';
import { normaliseChoice } from '../../shared/normalise/choice';
import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { isCrmLeadSource } from '../../shared/template/crm-lead-sources';

const field = (key: string) => DEFAULT_TEMPLATE.fields.find((f) => f.key === key)!;
const customerType = field('customerType');
const status = field('status');

// prettier-ignore
const DINGTALK: CellValue[][] = [
  ['客户名称', '客户类型', '客户来源', '跟进状态', '最近跟进时间', '负责人', '协同人', '联系人', '手机', '邮箱', '地址', '创建时间'],
  ['南京金陵建材有限公司', '企业客户', '展会', '跟进中', '2025/11/3 16:12', '陈晨', '刘一,王二', '孙经理', '13851234567', 'sun@jlbm.com', '江苏省南京市鼓楼区中山北路1号', '2025/1/5'],
  ['南京金陵建材有限公司（分公司）', '企业客户', '老客户介绍', '初次接触', '2025/11/5', '陈晨', '', '钱经理', '13851239999', 'qian@jlbm.com', '江苏省南京市江宁区双龙大道2号', '2025/2/1'],
  ['南京金陵建材有限公司', '企业客户', '展会', '跟进中', '2025/11/4 9:00', '陈晨', '刘一', '孙经理', '+86 138 5123 4567', '', '江苏省南京市鼓楼区中山北路1号', '2025/1/6'],
  ['苏州工业园区精密机械有限公司', '企业客户', '官网', '已成交', '2025/10/20', '周涛', '', '吴工', '18912345678', 'wu@szpm.cn', '江苏省苏州市工业园区星湖街328号', '2024/12/1'],
  ['个人-周先生', '个人客户', '抖音', '意向', '2025-11-01', '周涛', '', '周先生', '15012345678', '', '', '2025/10/30'],
  ['苏州精密机械有限公司', '企业客户', '电话营销', '流失', '2025/6/1', '周涛', '', '郑工', '18987654321', 'zheng@szjm.com', '江苏省苏州市吴中区', '2024/3/3'],
];

describe('钉钉 CRM values', () => {
  test.each([
    ['企业客户', 'zh-CN', '企业客户'],
    ['个人客户', 'zh-CN', '个人客户'],
    ['企业客户', 'en-US', 'Business Customer'],
    ['个人客户', 'en-US', 'Individual Customer'],
    ['Business Customer', 'zh-CN', '企业客户'],
    ['Individual', 'zh-CN', '个人客户'],
  ])('reads 客户类型 %j as an option (%s: %j)', (value, locale, written) => {
    expect(normaliseChoice(value, customerType, locale as 'zh-CN' | 'en-US')).toEqual({
      status: 'valid',
      value: written,
    });
  });

  test('keeps the customer types that were options meaning what they did', () => {
    expect(normaliseChoice('流失', customerType, 'zh-CN')).toEqual({ status: 'valid', value: '流失客户' });
    expect(normaliseChoice('老客户', customerType, 'zh-CN')).toEqual({ status: 'valid', value: '老客户' });
    expect(normaliseChoice('合作伙伴', customerType, 'zh-CN')).toEqual({ status: 'valid', value: '合作伙伴' });
  });

  test.each(['初次接触', '意向', '已成交', '流失'])(
    'keeps 跟进状态 %j as 钉钉’s own stage, no status option',
    (value) => {
      expect(normaliseChoice(value, status, 'zh-CN').status).toBe('invalid');
      expect(isCrmLeadSource(status, value)).toBe(true);
    },
  );

  test('check reports no 客户类型 or 跟进状态 value of the export, in either language', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const result = checkSheet({ name: '客户', values: DINGTALK }, { locale, now: new Date('2025-11-29T00:00:00Z') });
      const onChoices = result.issues.filter((i) => i.field === 'customerType' || i.field === 'status');
      // Only a sheet governed in English writes the options' English labels over the Chinese ones.
      expect(onChoices.filter((i) => i.code !== 'choice.nonCanonical')).toEqual([]);
      if (locale === 'zh-CN') expect(onChoices).toEqual([]);
    }
  });
});
