/**
 * A region cell holding "-" (有赞's no region) or 无 names no segment: the report counts it
 * with the blanks, and its quality as a filled cell holding no value.
 */
import { buildInsights } from '../../shared/insights/build-insights';
import { TODAY } from '../operations/fixtures';
import { YOUZAN } from '../check/youzan-members';

describe('placeholders in the report', () => {
  test('"-" in 所在地区 is counted with the blanks, not as a segment', () => {
    const report = buildInsights({ name: '客户列表', values: YOUZAN }, { now: TODAY });
    const region = report.segments.find((s) => s.field === 'region')!;
    expect(region.values.map((v) => v.value)).not.toContain('-');
    expect(region.values.find((v) => v.value === '')).toMatchObject({ count: 1 });
    const birthday = report.quality.fields.find((f) => f.field === 'birthDate')!;
    expect(birthday).toMatchObject({ filled: 5, valid: 2 });
  });
});
