/**
 * Words the duplicate actions write into the workbook (status column, copy sheet, archive roles, log
 * actions) and their one summary, in every language. Counts are worded right ("1 group", "2 groups").
 */
import type { Locale } from '../../i18n/locale';
import { DUPLICATE_STATUS_HEADER } from '../../dedupe/status-headers';

export type DuplicateAction = 'status' | 'copy' | 'move' | 'delete' | 'highlight' | 'unhighlight';

/** What an action did, for the summary a user reads after it (and `custodian dedupe --json`). */
export interface ActionCounts {
  action: DuplicateAction | 'merge';
  groups: number;
  /** Rows marked (status), copied (copy), taken out of the list (move, delete, merge), highlighted or no longer highlighted. */
  rows: number;
  /** Customers (non-blank data rows) in the list afterwards. */
  remaining: number;
  /** The sheet the rows were copied or moved to. */
  sheet?: string;
}

export interface DuplicateActionLabels {
  statusHeader: string;
  duplicate: (group: number) => string;
  unique: string;
  copySheet: string;
  /** The copy sheet's first two columns, before the list's own. */
  copyColumns: [group: string, sourceRow: string];
  roleDeleted: string;
  roleMoved: string;
  /** The log's action column. */
  logAction: Record<'delete' | 'move', string>;
  /** The log's changes column: which group, and for a move where the rows went. */
  logGroup: (group: number, sheet?: string) => string;
  summary: (counts: ActionCounts) => string;
}

const n = (count: number) => count.toLocaleString('en-US');

const ZH: DuplicateActionLabels = {
  statusHeader: DUPLICATE_STATUS_HEADER['zh-CN'],
  duplicate: (group) => `重复（第 ${group} 组）`,
  unique: '唯一',
  copySheet: '重复客户',
  copyColumns: ['组号', '原行号'],
  roleDeleted: '已删除（重复）',
  roleMoved: '已移动（重复）',
  logAction: { delete: '删除重复', move: '移动重复' },
  logGroup: (group, sheet) => (sheet ? `第 ${group} 组 → ${sheet}` : `第 ${group} 组`),
  summary: ({ action, groups, rows, remaining, sheet }) => {
    switch (action) {
      case 'merge':
        return `合并了 ${n(groups)} 组，删除 ${n(rows)} 行，剩余 ${n(remaining)} 位客户`;
      case 'delete':
        return `处理了 ${n(groups)} 组，删除 ${n(rows)} 行，剩余 ${n(remaining)} 位客户`;
      case 'move':
        // No groups, no sheet made: nothing to name.
        if (sheet === undefined) return `没有重复的组，未移动任何行，剩余 ${n(remaining)} 位客户`;
        return `处理了 ${n(groups)} 组，移动 ${n(rows)} 行到“${sheet}”，剩余 ${n(remaining)} 位客户`;
      case 'copy':
        if (sheet === undefined) return '没有重复的组，未复制任何行';
        return `复制了 ${n(groups)} 组共 ${n(rows)} 行到“${sheet}”`;
      case 'status':
        return `标记了 ${n(groups)} 组共 ${n(rows)} 行重复，其余 ${n(remaining - rows)} 行唯一`;
      case 'highlight':
        return `突出显示了 ${n(groups)} 组共 ${n(rows)} 行重复`;
      case 'unhighlight':
        return `取消了 ${n(rows)} 行重复的突出显示`;
    }
  },
};

/** "1 group", "2 groups". */
const count = (value: number, one: string, many: string) => `${n(value)} ${value === 1 ? one : many}`;
const remain = (value: number) => `${count(value, 'customer', 'customers')} ${value === 1 ? 'remains' : 'remain'}`;

const EN: DuplicateActionLabels = {
  statusHeader: DUPLICATE_STATUS_HEADER['en-US'],
  duplicate: (group) => `Duplicate (group ${group})`,
  unique: 'Unique',
  copySheet: 'Duplicates',
  copyColumns: ['Group', 'Source Row'],
  roleDeleted: 'deleted (duplicate)',
  roleMoved: 'moved (duplicate)',
  logAction: { delete: 'delete duplicates', move: 'move duplicates' },
  logGroup: (group, sheet) => (sheet ? `group ${group} → ${sheet}` : `group ${group}`),
  summary: ({ action, groups, rows, remaining, sheet }) => {
    const from = `${count(rows, 'row', 'rows')} from ${count(groups, 'group', 'groups')}`;
    switch (action) {
      case 'merge':
        return `Merged ${count(groups, 'group', 'groups')}, removing ${count(rows, 'row', 'rows')}; ${remain(remaining)}`;
      case 'delete':
        return `Deleted ${from}; ${remain(remaining)}`;
      case 'move':
        // No groups, no sheet made: nothing to name.
        if (sheet === undefined) return `No groups of duplicates: nothing moved; ${remain(remaining)}`;
        return `Moved ${from} to “${sheet}”; ${remain(remaining)}`;
      case 'copy':
        if (sheet === undefined) return 'No groups of duplicates: nothing copied';
        return `Copied ${from} to “${sheet}”`;
      case 'status': {
        const unique = remaining - rows;
        return `Marked ${count(rows, 'row', 'rows')} in ${count(groups, 'group', 'groups')} as duplicates; ${count(unique, 'row', 'rows')} ${unique === 1 ? 'is' : 'are'} unique`;
      }
      case 'highlight':
        return `Highlighted ${from}`;
      case 'unhighlight':
        return `Removed the highlight from ${count(rows, 'duplicate row', 'duplicate rows')}`;
    }
  },
};

export const DUPLICATE_ACTION_LABELS: Record<Locale, DuplicateActionLabels> = { 'zh-CN': ZH, 'en-US': EN };

export function duplicateActionLabels(locale: Locale): DuplicateActionLabels {
  return DUPLICATE_ACTION_LABELS[locale];
}

/** The one summary after a duplicate action or a merge, in `locale`. */
export function summariseAction(locale: Locale, counts: ActionCounts): string {
  return duplicateActionLabels(locale).summary(counts);
}
