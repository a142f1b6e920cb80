import type { CellValue } from '../../shared/sheet/cell-value';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { defaultTemplate } from '../../shared/template/default-template';
import type { Template } from '../../shared/template/schema';
import type { ExportFile } from '../../shared/export/plan-export';
import type { CrmId, CrmObject } from '../../shared/export/crm-layouts';

/** A Chinese team's customer list: people with their employer, a company-only row, an invalid email. */
// prettier-ignore
export const ZH_ROWS: CellValue[][] = [
  ['客户编号', '姓名', '手机', '邮箱', '公司', '职位', '客户来源', '生命周期阶段', '价值等级', '生日', '同意联系', '负责人', '备注', '内部代码'],
  ['C000001', '欧阳娜', '138 0013 8000', 'ouyang.na@example.cn', '杭州云栖科技有限公司', '市场总监', '展会', '商机', 'VIP', '1990/3/5', '是', '李强', '老客户介绍', 'K-01'],
  ['C000002', '张伟', '010-62345678', 'zhang.wei@example.com', null, null, '官网', '成交', 'A', '1985年12月1日', '否', '李强', null, 'K-02'],
  ['C000003', 'Zhang Wei', '+1 415 555 2671', 'wz@example.com', null, null, '广告', '风险', null, null, null, null, null, null],
  ['C000004', '北京字节跳动科技有限公司', '400-800-8888', null, null, null, '电话开发', null, null, null, null, '王芳', null, 'K-04'],
  ['C000005', '王老师', '13912345678', 'wang@', null, null, null, null, null, '不详', null, null, null, null],
];

/** A Western team's list (US numbers): full names with middle parts and particles, a company-only row. */
// prettier-ignore
export const EN_ROWS: CellValue[][] = [
  ['Customer ID', 'Full Name', 'Email', 'Phone', 'Company', 'Job Title', 'Lead Source', 'Lifecycle Stage', 'Birthday', 'Opt-in', 'Notes', 'Territory'],
  ['C000101', 'Mary Ann Evans', 'mary.evans@example.com', '(415) 555-2671', 'Middlemarch Ltd', 'Editor', 'Web', 'Customer', '03/15/1985', 'Yes', 'Prefers email', 'West'],
  ['C000102', 'Ludwig van Beethoven', 'ludwig@example.com', '212-555-0100', null, null, 'Trade Show', 'Lead', new Date(Date.UTC(1970, 11, 16)), 'No', null, 'East'],
  ['C000103', null, 'info@acme.example', '+1 646 555 0199', 'Acme Pty Ltd', null, 'Cold Call', null, null, null, 'Key account', 'East'],
  ['C000104', 'Zhang Wei', 'zhang.wei@example.com', '+86 138 0013 8000', null, null, null, 'Advocate', null, null, null, null],
];

export function sheet(values: CellValue[][], name = '客户'): SheetSnapshot {
  return { name, values };
}

/** The built-in template with a contact-person field (联系人), for lists of company customers. */
export function templateWithContact(region = 'CN'): Template {
  const template = defaultTemplate();
  template.defaultRegion = region;
  if (!template.fields.some((f) => f.key === 'contact')) {
    const at = template.fields.findIndex((f) => f.key === 'name') + 1;
    template.fields.splice(at, 0, {
      key: 'contact',
      kind: 'personName',
      labels: { 'zh-CN': '联系人', 'en-US': 'Contact Person' },
      synonyms: ['联系人姓名', '对接人', 'Primary Contact'],
      required: false,
      appendWhenMissing: false,
    });
  }
  return template;
}

export function usTemplate(): Template {
  return { ...defaultTemplate(), defaultRegion: 'US' };
}

export const NOW = new Date(Date.UTC(2024, 5, 30));

/** An export file's rows by its header, each with the sheet row it came from. */
export function rowsOf(file: ExportFile): Array<Record<string, CellValue>> {
  return file.rows.map((row, i) => ({
    row: file.sourceRows[i]!,
    ...Object.fromEntries(file.header.map((h, c) => [h, row[c] ?? null])),
  }));
}

/** Export options for a Chinese team's list (the built-in template). */
export const zhExport = (crm: CrmId, object?: CrmObject) => ({
  crm,
  ...(object ? { object } : {}),
  template: defaultTemplate(),
  locale: 'zh-CN' as const,
  today: NOW,
});

/** Export options for a US team's list. */
export const enExport = (crm: CrmId, object?: CrmObject) => ({
  crm,
  ...(object ? { object } : {}),
  template: usTemplate(),
  locale: 'en-US' as const,
  today: NOW,
});
