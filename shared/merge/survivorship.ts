/**
 * The survivor row after a merge: every column's value under its rule, the customer ID, the
 * other values moved into notes, then the user's overrides. Formula cells of the survivor are never
 * changed. Returns the changed cells only.
 */
import { cellText, isBlank, sameCell, type CellValue } from '../sheet/cell-value';
import { columnByField, findColumn, type SheetColumn } from './columns';
import { preferenceOrder, type RowRecord } from './choose-survivor';
import { combineValues } from './combine';
import { dateKey, numberValue, serialDateText, textKey } from './field-values';
import { isoDateTimeToUtc, isoDateToUtc } from '../sheet/typed-input';
import { pickValue, combineStyle } from './pick-value';
import { ruleFor } from './rules';
import { accountColumns, accountKey, otherAccountNotes, otherCardNotes, splitByCard } from './member-cards';
import { mergeLabels } from './labels';
import { furthestStage, STAGE_FIELD } from './stage-order';
import { differentPeople, isPersonDetail, otherPeople, personColumns, personName } from './other-person';
import { mergeProblem } from './validate-clusters';
import { isOrderColumn } from './order-rows';
import { isAverageOrderColumn, recomputeAverages } from './average-order';
import { isGenerationColumn, ownGeneration } from './generation-column';
import { balancesLeftOut, isBalanceColumn } from './balance-columns';
import { keepsOne, leftInArchive } from './left-in-archive';
import { CELL_TEXT_LIMIT } from '../sheet/cell-limit';
import type { FieldChange, MergeOptions, MergeProblem } from './types';

export interface SurvivorOutcome {
  changes: FieldChange[];
  survivorId: string | null;
  /** Row -> that row's customer ID, for the archive's alias column. */
  ids: Map<number, string>;
  aliases: string[];
  problems: MergeProblem[];
  /** Lines for the log beside the changed fields (a record typed twice, counted once in a total). */
  logNotes: string[];
}

type Target = { value: CellValue; rule: FieldChange['rule'] };

/**
 * A text date picked from another row (by a rule or the user) goes over a real date cell as a real date
 * (same day), never as text: read in the calendar of the row it came from (the survivor's, for the user's).
 */
function asDateCell(
  value: CellValue,
  survivor: RowRecord,
  column: SheetColumn,
  records: readonly RowRecord[],
): CellValue {
  if (!(survivor.values[column.col - 1] instanceof Date) || typeof value !== 'string') return value;
  const from = records.find((r) => r.values[column.col - 1] === value) ?? survivor;
  const iso = dateKey(value, column.ctx, from.values);
  return (iso && isoDateToUtc(iso)) ?? value;
}

/**
 * A serial a rule took from another row (45356, typed as text in a CSV or a number in a General cell) is
 * written as the date it stands for: yyyy-mm-dd text, or a real date over a date cell. The survivor's own
 * stays as it is, since the merge does not change it.
 */
function serialAsDate(
  value: CellValue,
  survivor: RowRecord,
  column: SheetColumn,
  records: readonly RowRecord[],
): CellValue {
  const own = survivor.values[column.col - 1] ?? null;
  if (sameCell(own, value)) return value;
  const from = records.find((r) => r.values[column.col - 1] === value) ?? survivor;
  const text = serialDateText(value, column.ctx, from.values);
  if (text === null) return value;
  return own instanceof Date ? (isoDateTimeToUtc(text) ?? text) : text;
}

/** The rule the user named for the column (`--rule`, the preview's rules). */
function namedRule(column: SheetColumn, options: Pick<MergeOptions, 'rules'>): string | undefined {
  return (column.fieldKey !== null ? options.rules?.[column.fieldKey] : undefined) ?? options.rules?.[column.header];
}

/** The rule the user chose for the column (`--rule`, or summing purchases), not a default. */
function askedRule(
  column: SheetColumn,
  options: Pick<MergeOptions, 'rules' | 'countsAreSeparatePurchases'>,
): string | undefined {
  const named = namedRule(column, options);
  if (named) return named;
  return options.countsAreSeparatePurchases && ruleFor(column, options) === 'sum' ? 'sum' : undefined;
}

/**
 * Whether another card's amounts join the column's: under a rule the user named, or summing purchases
 * of a count or total. Summing purchases adds a card's points and stored value within that card only:
 * another card is another account, which keeps its own (member-cards.ts).
 */
function acrossCards(column: SheetColumn, options: Pick<MergeOptions, 'rules' | 'countsAreSeparatePurchases'>) {
  return (
    namedRule(column, options) !== undefined || (askedRule(column, options) !== undefined && !isBalanceColumn(column))
  );
}

export function resolveSurvivor(
  records: readonly RowRecord[],
  survivor: RowRecord,
  columns: readonly SheetColumn[],
  clusterIndex: number,
  options: Pick<
    MergeOptions,
    'locale' | 'rules' | 'countsAreSeparatePurchases' | 'overrides' | 'delimiters' | 'shownRow'
  >,
): SurvivorOutcome {
  const labels = mergeLabels(options.locale);
  // Rows named in the log's notes, as the user's sheet numbers them (MergeOptions.shownRow).
  const shown = options.shownRow ?? ((row: number) => row);
  const problems: MergeProblem[] = [];
  const isFormula = (column: SheetColumn) => survivor.formulas[column.col - 1] !== null;

  // Overrides first: a bad one stops the merge before anything else is worked out.
  const overrides = new Map<number, CellValue>();
  for (const [key, value] of Object.entries(options.overrides?.[clusterIndex] ?? {})) {
    const column = findColumn(columns, key);
    if (!column) problems.push(mergeProblem(options, 'override.unknownField', 'error', clusterIndex, { field: key }));
    else if (isFormula(column))
      problems.push(
        mergeProblem(options, 'override.formulaCell', 'error', clusterIndex, { field: key, row: survivor.row }),
      );
    else overrides.set(column.col, asDateCell(value, survivor, column, [survivor]));
  }
  if (problems.length > 0)
    return { changes: [], survivorId: null, ids: new Map(), aliases: [], problems, logNotes: [] };

  const delimiterFor = (column: SheetColumn) =>
    (column.fieldKey !== null ? options.delimiters?.[column.fieldKey] : undefined) ??
    options.delimiters?.[column.header];
  const targets = new Map<number, Target>();
  const notes: string[] = [];
  const logNotes: string[] = [];
  const idColumn = columns.find((c) => c.ctx.field?.kind === 'id');
  const ids = new Map<number, string>();
  if (idColumn) {
    for (const record of records) {
      const value = record.values[idColumn.col - 1] ?? null;
      if (!isBlank(value)) ids.set(record.row, cellText(value).trim());
    }
    if (!ids.has(survivor.row) && !isFormula(idColumn) && ids.size > 0) {
      // No ID on the survivor: it takes the smallest of the cluster's, so no new number is used up.
      const smallest = [...ids.values()].sort((a, b) =>
        a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' }),
      )[0]!;
      targets.set(idColumn.col, { value: smallest, rule: 'id' });
    }
  }

  // Two member cards are two accounts: each card's balance and counts stay with it (member-cards.ts).
  const preferred = preferenceOrder(records, survivor);
  const accounts = accountColumns(columns);
  const keptValue = (column: SheetColumn): CellValue =>
    overrides.get(column.col) ??
    targets.get(column.col)?.value ??
    (column === idColumn
      ? (survivor.values[column.col - 1] ?? null)
      : pickValue(ruleFor(column, options), records, survivor, column, '', delimiterFor(column)).value);
  const cardColumn = accounts.find((c) => records.some((r) => !isBlank(r.values[c.col - 1] ?? null)));
  const cards = cardColumn ? splitByCard(preferred, columns, cardColumn, keptValue(cardColumn)) : null;
  // Rows of the card the survivor keeps hold that one account's balance, read at another time: not a second one.
  const keptCard = cardColumn ? accountKey(keptValue(cardColumn)) : '';
  const sameCard = (record: RowRecord) =>
    keptCard !== '' && accountKey(record.values[cardColumn!.col - 1] ?? null) === keptCard;
  /** The notes naming the cluster's other accounts in this column, or null to leave it to its rule. */
  const accountNotes = (column: SheetColumn): string[] | null => {
    if (!accounts.includes(column)) return null;
    if (cards && column === cards.column)
      return otherCardNotes(
        cards,
        labels.otherAccount,
        (amount, own) => cellText(pickValue(ruleFor(amount, options), own, own[0]!, amount, '').value).trim(),
        // A total the user asked for already holds the other card's amount.
        (amount) => ruleFor(amount, options) === 'sum' && acrossCards(amount, options),
      );
    const rule = ruleFor(column, options);
    if (rule === 'masterNoteOthers' || rule === 'combine') return null;
    return otherAccountNotes(preferred, column, keptValue(column), labels.otherAccount);
  };

  // Rows naming someone else than the survivor (a colleague at the same company): their contact details
  // are theirs, noted with their name, never the survivor's other phone or a fill for its blanks.
  const names = personColumns(columns);
  const ownName = personName(survivor, names);
  const otherPersons = records.filter((r) => r !== survivor && differentPeople(ownName, personName(r, names)));
  const samePerson = records.filter((r) => !otherPersons.includes(r));
  const personal = (column: SheetColumn) =>
    otherPersons.length > 0 && isPersonDetail(column) && !askedRule(column, options);
  // On an order export a column about one order (its number, state, reasons, memo) is the survivor's order's.
  const ofOneOrder = (column: SheetColumn) =>
    survivor.order !== undefined && isOrderColumn(column) && !askedRule(column, options);

  /** Other orders' own values the survivor's order columns pass over, by row: in the archive alone, and said. */
  const orderOnly = new Map<number, [header: string, value: string][]>();
  /** Merged-away rows' values a keep-one rule passed over and no note holds, by row: in the archive alone, and said. */
  const archiveOnly = new Map<number, [header: string, value: string][]>();
  /** Columns whose figures were added up as numbers of one currency, none left out. */
  const added = new Set<number>();
  for (const column of columns) {
    if (column === idColumn) {
      notes.push(...(accountNotes(column) ?? []));
      continue;
    }
    if (isFormula(column)) {
      // The survivor's formula stays; a rule the user asked for on it would otherwise pass unseen.
      const asked = askedRule(column, options);
      if (asked && records.some((r) => r !== survivor && !isBlank(r.values[column.col - 1] ?? null)))
        problems.push(
          mergeProblem(options, 'rule.formulaCell', 'warning', clusterIndex, {
            field: column.header,
            row: survivor.row,
            detail: asked,
          }),
        );
      continue;
    }
    const rule = ruleFor(column, options);
    if (ofOneOrder(column)) {
      targets.set(column.col, { value: survivor.values[column.col - 1] ?? null, rule: 'master' });
      otherOrderValues(preferred, column, orderOnly);
      continue;
    }
    // A Suffix column keeps the survivor's own generation: another row's Jr. is another person's.
    if (isGenerationColumn(column) && !askedRule(column, options)) {
      const own = ownGeneration(records, survivor, column, labels.otherValue(column.header));
      notes.push(...own.notes);
      targets.set(column.col, { value: own.value, rule: 'master' });
      continue;
    }
    // Notes name a column as the sheet heads it: 累计成交金额（万元）, not the template's 累计消费金额; 座机, not 手机.
    const label = column.header;
    // Without a rule the user chose, another card's amounts stay with that card, in the notes.
    const from =
      cards?.amounts.includes(column) && !acrossCards(column, options)
        ? cards.own
        : personal(column)
          ? samePerson
          : records;
    const picked = pickValue(rule, from, survivor, column, labels.otherValue(label), delimiterFor(column));
    if (column.fieldKey === STAGE_FIELD && !askedRule(column, options)) {
      // A survivor's own stage off the progression (At Risk) is its latest word on the customer: it stays.
      const furthest = furthestStage(from, survivor, column);
      const ownOnProgression = furthestStage([survivor], survivor, column) !== null;
      if (furthest && (ownOnProgression || isBlank(survivor.values[column.col - 1] ?? null))) {
        picked.value = furthest.values[column.col - 1] ?? null;
        // The stage kept is no other stage for the notes.
        const keptNote = `${labels.otherValue(label)}${cellText(picked.value).trim()}`;
        picked.notes = picked.notes.filter((n) => n !== keptNote);
      }
    }
    if (picked.fallback)
      problems.push(
        // `field` is the key scripts read; the message names the column as the sheet heads it.
        mergeProblem(options, picked.fallback, 'warning', clusterIndex, {
          field: column.fieldKey ?? column.header,
          detail: column.header,
          ...(picked.keptDate
            ? { values: picked.keptDate.own, others: picked.keptDate.others.join(labels.listSeparator) }
            : {}),
        }),
      );
    for (const error of picked.errors ?? [])
      problems.push(
        mergeProblem(options, 'date.errorValue', 'warning', clusterIndex, {
          row: error.row,
          field: column.fieldKey ?? column.header,
          detail: column.header,
          values: error.value,
        }),
      );
    if (picked.apart)
      problems.push(
        mergeProblem(options, 'amount.otherUnit', 'warning', clusterIndex, {
          field: column.fieldKey ?? column.header,
          detail: column.header,
          values: picked.apart.join(', '),
        }),
      );
    if (picked.unread !== undefined)
      problems.push(
        mergeProblem(options, 'amount.notNumber', 'warning', clusterIndex, {
          field: column.fieldKey ?? column.header,
          detail: column.header,
          values: picked.unread,
        }),
      );
    if (picked.repeated) {
      problems.push(
        mergeProblem(options, 'sum.repeatedEntry', 'warning', clusterIndex, {
          field: column.fieldKey ?? column.header,
          detail: column.header,
          rows: picked.repeated,
        }),
      );
      logNotes.push(
        labels.countedOnce(
          column.header,
          picked.repeated.map((rows) => rows.map(shown)),
        ),
      );
    }
    if (picked.orders)
      problems.push(
        mergeProblem(options, 'sum.orders', 'warning', clusterIndex, {
          field: column.fieldKey ?? column.header,
          detail: column.header,
          orders: picked.orders,
        }),
      );
    if (picked.summed && !picked.fallback && !picked.apart && picked.unread === undefined) added.add(column.col);
    // A balance kept from one row alone drops the others' points or stored value: said, row by row.
    if (rule !== 'sum' && !askedRule(column, options) && isBalanceColumn(column)) {
      const kept = numberValue(picked.value, column.ctx);
      for (const record of balancesLeftOut(from, survivor, column, kept, sameCard))
        problems.push(
          mergeProblem(options, 'balance.notAdded', 'warning', clusterIndex, {
            row: record.row,
            field: column.header,
            values: cellText(record.values[column.col - 1] ?? null).trim(),
          }),
        );
    }
    const ofAccounts = accountNotes(column);
    notes.push(...(ofAccounts ?? picked.notes));
    // The furthest stage and an overridden value are chosen over the others on purpose; an average order
    // value is worked out again or said; a row of an order export is one order, said by order.archiveOnly.
    if (
      keepsOne(rule) &&
      !ofAccounts &&
      column.fieldKey !== STAGE_FIELD &&
      !overrides.has(column.col) &&
      !isAverageOrderColumn(column) &&
      survivor.order === undefined
    )
      leftInArchive(from, survivor, column, picked.value, picked.notes, archiveOnly);
    const value = serialAsDate(picked.value, survivor, column, from);
    targets.set(column.col, { value: asDateCell(value, survivor, column, records), rule });
  }

  if (orderOnly.size > 0)
    problems.push(
      mergeProblem(options, 'order.archiveOnly', 'warning', clusterIndex, {
        detail: [...orderOnly]
          .sort(([a], [b]) => a - b)
          .map(([row, values]) => labels.rowValues(shown(row), values))
          .join(labels.listSeparator),
      }),
    );

  if (archiveOnly.size > 0)
    problems.push(
      mergeProblem(options, 'values.archiveOnly', 'warning', clusterIndex, {
        detail: [...archiveOnly]
          .sort(([a], [b]) => a - b)
          .map(([row, values]) => labels.rowValues(shown(row), values))
          .join(labels.listSeparator),
      }),
    );

  for (const person of otherPeople(
    otherPersons,
    names,
    columns,
    (c) => targets.get(c.col)?.value ?? survivor.values[c.col - 1] ?? null,
    survivor,
  ))
    notes.push(labels.otherContact(person.name, person.details));

  const notesColumn = columnByField(columns, 'notes');
  const notesTarget = notesColumn ? targets.get(notesColumn.col) : undefined;
  if (notes.length > 0) {
    if (notesColumn && notesTarget && !overrides.has(notesColumn.col)) {
      notesTarget.value = combineValues(
        [notesTarget.value],
        combineStyle(notesColumn, delimiterFor(notesColumn)),
        notes,
      );
      if (notesTarget.rule !== 'combine') notesTarget.rule = 'notes';
    } else {
      problems.push(mergeProblem(options, 'notes.unavailable', 'warning', clusterIndex, { detail: notes.join('; ') }));
    }
  }
  for (const [col, value] of overrides) targets.set(col, { value, rule: 'override' });

  // An average order value beside the added figures is worked out again from them (average-order.ts).
  const averages = columns.filter(
    (c) => isAverageOrderColumn(c) && !isFormula(c) && !overrides.has(c.col) && survivor.order === undefined,
  );
  const valueOf = (c: SheetColumn) => survivor.values[c.col - 1] ?? null;
  for (const outcome of recomputeAverages(columns, averages, {
    before: valueOf,
    after: (c) => (targets.has(c.col) ? targets.get(c.col)!.value : valueOf(c)),
    added: (c) => added.has(c.col) || overrides.has(c.col),
  })) {
    const { column } = outcome;
    if ('value' in outcome) targets.set(column.col, { value: outcome.value, rule: 'average' });
    else
      problems.push(
        mergeProblem(options, 'average.notRecomputed', 'warning', clusterIndex, {
          row: survivor.row,
          field: column.header,
          detail: column.header,
          values: outcome.unread,
        }),
      );
  }

  // A value longer than an Excel cell holds would be cut when the file is opened: the survivor keeps its
  // own (every row's is in the archive), and the user is told which cell.
  for (const column of columns) {
    const target = targets.get(column.col);
    if (!target || typeof target.value !== 'string' || target.value.length <= CELL_TEXT_LIMIT) continue;
    const length = target.value.length.toLocaleString('en-US');
    problems.push(
      mergeProblem(options, 'cell.tooLong', 'warning', clusterIndex, {
        row: survivor.row,
        field: column.fieldKey ?? column.header,
        detail: column.header,
        values: length,
      }),
    );
    logNotes.push(labels.tooLong(column.header, length));
    targets.delete(column.col);
  }

  const changes: FieldChange[] = [];
  for (const column of columns) {
    const target = targets.get(column.col);
    const before = survivor.values[column.col - 1] ?? null;
    if (!target || sameCell(before, target.value)) continue;
    changes.push({
      col: column.col,
      header: column.header,
      field: column.fieldKey,
      rule: target.rule,
      before,
      after: target.value,
    });
  }

  const finalId = idColumn ? (targets.get(idColumn.col)?.value ?? survivor.values[idColumn.col - 1] ?? null) : null;
  const survivorId = isBlank(finalId) ? null : cellText(finalId).trim();
  const aliases: string[] = [];
  const aliasKeys = new Set(survivorId ? [accountKey(survivorId)] : []);
  for (const record of records) {
    const id = ids.get(record.row);
    if (record === survivor || id === undefined || aliasKeys.has(accountKey(id))) continue;
    aliasKeys.add(accountKey(id));
    aliases.push(id);
  }
  return { changes, survivorId, ids, aliases, problems, logNotes };
}

/**
 * Each other row's value of an order's own column that differs from the survivor's (blank or not) and
 * from the rows before it, added to `into` under its row.
 */
function otherOrderValues(
  preferred: readonly RowRecord[],
  column: SheetColumn,
  into: Map<number, [header: string, value: string][]>,
): void {
  const [survivor, ...others] = preferred;
  const seen = new Set([textKey(cellText(survivor?.values[column.col - 1] ?? null).trim())]);
  for (const record of others) {
    const text = cellText(record.values[column.col - 1] ?? null).trim();
    const key = textKey(text);
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    const values = into.get(record.row) ?? [];
    values.push([column.header, text]);
    into.set(record.row, values);
  }
}
