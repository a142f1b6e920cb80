/** Groups check issues by kind (issue code) or by column, with counts, for the Check view. */
import type { Issue, IssueCode } from '../../check/issue';
import type { HeaderMapping } from '../../template/header-mapping';
import { columnNames } from '../../sheet/column-names';

export type GroupBy = 'kind' | 'column';

export interface IssueGroup {
  key: string;
  /** Issue code for kind groups (label from the catalogue), header for column groups. */
  code?: IssueCode;
  header?: string;
  col?: number;
  issues: Issue[];
  errors: number;
}

/** The column an issue names: by its header, or, where two columns share one, as 电话 (C列) / Phone (column C). */
export function columnOf(mapping: HeaderMapping, header: string): number | undefined {
  const col = mapping.columns.find((c) => c.header === header)?.col;
  if (col !== undefined) return col;
  const headers = mapping.columns.map((c) => c.header);
  for (const locale of ['zh-CN', 'en-US'] as const) {
    const index = columnNames(headers, locale).indexOf(header);
    if (index >= 0) return mapping.columns[index]!.col;
  }
  return undefined;
}

/** Kinds: errors first, then the largest groups. Columns: in sheet order. */
export function groupIssues(issues: readonly Issue[], by: GroupBy, mapping: HeaderMapping): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = by === 'kind' ? issue.code : issue.column;
    let group = groups.get(key);
    if (!group) {
      group =
        by === 'kind'
          ? { key, code: issue.code, issues: [], errors: 0 }
          : { key, header: issue.column, col: columnOf(mapping, issue.column), issues: [], errors: 0 };
      groups.set(key, group);
    }
    group.issues.push(issue);
    if (issue.severity === 'error') group.errors++;
  }
  const list = [...groups.values()];
  if (by === 'kind')
    return list.sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || b.issues.length - a.issues.length);
  return list.sort((a, b) => (a.col ?? Infinity) - (b.col ?? Infinity));
}
