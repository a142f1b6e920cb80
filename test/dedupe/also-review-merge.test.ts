/**
 * A group merged with the also-review rows the user ticked (sidebar) or named (merge --also-review):
 * their rows join it, its confidence is the weakest, and each reason is said once.
 */
import { withAlsoReviewRows } from '../../shared/dedupe/also-review';
import type { Cluster, Reason } from '../../shared/dedupe';

const phone: Reason = {
  field: 'phone',
  column: '手机',
  level: 'exact',
  similarity: 1,
  message: '手机: same number (13812345678)',
};
const name: Reason = {
  field: 'name',
  column: '姓名',
  level: 'exact',
  similarity: 1,
  message: '姓名: same value (张伟)',
};
const homophone: Reason = {
  field: 'name',
  column: '姓名',
  level: 'homophone',
  similarity: 0.9,
  message: '姓名: sound the same (张伟 ≈ 张玮)',
};

const group: Cluster = {
  rows: [2, 5],
  confidence: 0.99,
  band: 'merge',
  reasons: [phone, name],
  alsoReview: [
    { row: 3, confidence: 0.81, reasons: [phone, homophone] },
    { row: 9, confidence: 0.62, reasons: [phone] },
  ],
};

describe('withAlsoReviewRows', () => {
  test('adds the named rows in order, takes the weakest confidence and says a shared reason once', () => {
    const merged = withAlsoReviewRows(group, [3]);
    expect(merged.rows).toEqual([2, 3, 5]);
    expect(merged.confidence).toBe(0.81);
    expect(merged.band).toBe('merge');
    expect(merged.reasons).toEqual([phone, name, homophone]);
    expect(merged.alsoReview).toBeUndefined();
  });

  test('takes several rows, and ignores rows the group does not offer', () => {
    const merged = withAlsoReviewRows(group, [9, 3, 4]);
    expect(merged.rows).toEqual([2, 3, 5, 9]);
    expect(merged.confidence).toBe(0.62);
  });

  test('returns the group unchanged when none of its rows is named', () => {
    expect(withAlsoReviewRows(group, [])).toBe(group);
    expect(withAlsoReviewRows(group, [4])).toBe(group);
  });
});
