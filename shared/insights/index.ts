/** Insights of a customer list: the report (`custodian report`) and the live analysis sheet. */
export { buildInsights, type InsightsOptions } from './build-insights';
export type {
  FollowUpSummary,
  InsightsReport,
  QualityField,
  Segment,
  SegmentValue,
  SpendSummary,
  TwoReadings,
} from './insights-report';
export { SEGMENT_FIELDS, segmentColumns } from './segment-fields';
