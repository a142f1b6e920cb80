/** The cluster holding rows a and b of a sheet (review band included): the tests of reasons read it. */
import { findDuplicates } from '../../shared/dedupe';
import type { CellValue } from '../../shared/sheet/cell-value';

export function clusterOf(values: CellValue[][], a: number, b: number) {
  const clusters = findDuplicates({ name: 'Sheet1', values }, { reviewThreshold: 0.3 }).clusters;
  const cluster = clusters.find((c) => c.rows.includes(a) && c.rows.includes(b));
  expect(cluster).toBeDefined();
  return cluster!;
}
