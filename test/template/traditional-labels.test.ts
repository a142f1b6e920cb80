import { DEFAULT_TEMPLATE } from '../../shared/template/default-template';
import { TRADITIONAL_LABELS, traditionalLabel } from '../../shared/template/traditional-labels';
import { simplifiedHan } from '../../shared/dedupe/simplified';
import { foldHeader } from '../../shared/template/header-mapping';

describe('traditionalLabel', () => {
  test.each([
    ['客户编号', '客戶編號'],
    ['联系人', '聯繫人'],
    ['邮箱', '郵箱'],
    ['生命周期阶段', '生命週期階段'],
    ['标签', '標籤'],
    ['备注', '備註'],
    ['沟通记录', '溝通記錄'],
    ['国家/地区', '國家/地區'],
  ])('writes %s as %s', (simplified, traditional) => {
    expect(traditionalLabel(simplified)).toBe(traditional);
  });

  test('has every Chinese label of the built-in template, each the same header once folded', () => {
    for (const field of DEFAULT_TEMPLATE.fields) {
      const label = field.labels['zh-CN'];
      expect(Object.keys(TRADITIONAL_LABELS)).toContain(label);
      const traditional = traditionalLabel(label);
      expect(foldHeader(traditional)).toBe(foldHeader(label));
      expect(simplifiedHan(traditional)).toBe(label);
    }
  });

  test('leaves a label of a team’s own template as it is given', () => {
    expect(traditionalLabel('渠道经理')).toBe('渠道经理');
    expect(traditionalLabel('Region')).toBe('Region');
  });
});
