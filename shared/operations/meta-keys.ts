/** Keys of Custodian's workbook-level store (plan.meta / snapshot.meta). */
export const META_KEYS = {
  locale: 'template.locale',
  template: 'template.json',
  overrides: 'template.overrides',
  /** Followed by the ID prefix: the highest customer-ID number ever assigned, so numbers are never reused. */
  lastCustomerId: 'customerId.last.',
  /** The quality score of each day a check ran: JSON [["yyyy-mm-dd", score], …] (insights/quality-trend.ts). */
  qualityTrend: 'insights.qualityTrend',
} as const;
