/**
 * The merge log's reason line for a pair dedupe explained: in the sheet's language, with the values the
 * pair compared, also when a value holds brackets of its own (李四(采购部), a 淘宝 address ending in its
 * postcode in brackets).
 */
import { reasonText } from '../../shared/merge/audit-log';
import { MERGE_LABELS } from '../../shared/merge/labels';

const zh = MERGE_LABELS['zh-CN'].reason!;

describe('reasonText', () => {
  test('keeps the compared values when one holds brackets', () => {
    const reason = {
      field: 'name',
      column: '联系人',
      level: 'name-with-note',
      similarity: 1,
      message: '联系人: same name, with “采购部” set aside (李四 = 李四(采购部))',
    };
    expect(reasonText(reason, zh)).toBe('联系人：同名（一方另附称呼或备注）（李四 = 李四(采购部)）');
  });

  test('keeps a 淘宝 address that ends in its postcode in brackets', () => {
    const reason = {
      field: 'address',
      column: '收货地址',
      level: 'typo',
      similarity: 0.97,
      message:
        '收货地址: a typo apart (文三路 478号华星时代广场A座1203室(310012) ≈ 文三路478号 华星时代广场A座1203(310012))',
    };
    expect(reasonText(reason, zh)).toContain(
      '（文三路 478号华星时代广场A座1203室(310012) ≈ 文三路478号 华星时代广场A座1203(310012)）',
    );
  });

  test('words a reason without values in brackets without any', () => {
    const reason = { field: 'phone', column: '手机', level: 'exact', similarity: 1, message: '手机: same number' };
    expect(reasonText(reason, zh)).toBe('手机：相同');
  });
});
