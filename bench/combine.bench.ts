/**
 * Combining lists: the cost of mapping and stacking three lists (Chinese headers, other Chinese
 * header names, English headers) into one, per row and in memory, up to a million rows; and
 * compare at 10,000 + 10,000 rows (half of B in A), where the matching engine's time dominates.
 */
import { combineLists, type ListSource } from '../shared/operations/combine-lists';
import { compareLists } from '../shared/operations/compare-lists';
import type { CellValue } from '../shared/sheet/cell-value';
import { messyCustomerRows } from './messy-customer-rows';

const RENAMED: Record<string, string> = { 姓名: '客户名称', 手机: '联系电话', 公司: '公司名称', 备注: '跟进备注' };
const ENGLISH: Record<string, string> = {
  客户编号: 'Customer ID',
  姓名: 'Full Name',
  手机: 'Mobile',
  邮箱: 'Email',
  公司: 'Company',
  地区: 'City',
  标签: 'Tags',
  备注: 'Notes',
};

function list(name: string, rows: number, headers: Record<string, string>, seed?: number): ListSource {
  const values = messyCustomerRows(rows, seed);
  values[0] = (values[0] ?? []).map((h: CellValue) => headers[String(h)] ?? h);
  return { name, snapshot: { name, values } };
}

const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const lines = ['| rows (3 lists) | combine | per row | heap added |', '|---:|---:|---:|---:|'];
for (const each of [10_000, 100_000, 333_334]) {
  const sources = [list('企微.csv', each, {}), list('销售A.xlsx!客户', each, RENAMED), list('crm.csv', each, ENGLISH)];
  const before = heapMb();
  const start = process.hrtime.bigint();
  const combined = combineLists(sources);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const added = heapMb() - before;
  const rows = combined.snapshot.values.length - 1;
  lines.push(
    `| ${rows.toLocaleString('en-US')} | ${ms.toFixed(0)} ms | ${((ms * 1000) / rows).toFixed(2)} µs | ${added.toFixed(0)} MB |`,
  );
}

// B: 5,000 customers of A (the same generated rows, under English headers) and 5,000 others.
const a = list('老客户.xlsx', 10_000, {});
const b = list('展会名单.csv', 5_000, ENGLISH);
b.snapshot.values.push(...messyCustomerRows(5_000, 7).slice(1));
const start = process.hrtime.bigint();
const comparison = compareLists(a, b);
const compareMs = Number(process.hrtime.bigint() - start) / 1e6;

process.stdout.write(
  `\nCombining lists (node ${process.version})\n${lines.join('\n')}\n` +
    `Compare 10,000 + 10,000 rows (fuzzy): ${(compareMs / 1000).toFixed(1)} s; ` +
    `${comparison.counts.existing} in A, ${comparison.counts.possible} maybe, ${comparison.counts.new} new\n`,
);
