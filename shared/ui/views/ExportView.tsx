/**
 * Export: writes the list in a CRM's import layout (planExport) to new sheets named after the CRM,
 * one per file the CLI would write (accounts of company-only rows, parts at the CRM's row cap).
 * Where the host can hand over a file (the browser demo, Excel on the web), each sheet is also
 * offered as a CSV download in the CRM's encoding; elsewhere the spreadsheet's own Save As does it.
 */
import { useState } from 'react';
import { listFromHeader, readBelowTitleNote } from '../../operations/read-below-title';
import type { HeaderBelow } from '../../operations/customer-list';
import { Button, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  CRMS,
  crmLayout,
  defaultObject,
  objectsOf,
  type CrmId,
  type CrmLayout,
  type CrmObject,
} from '../../export/crm-layouts';
import { exportCsvText } from '../../export/csv-file';
import { planExport, type ExportFile, type ExportReport } from '../../export/plan-export';
import { emptyPlan, type Plan } from '../../plan/plan';
import { useLocale, useT, type UiKey } from '../i18n';
import { useSession } from '../session';

const OBJECT_LABEL: Record<CrmObject, UiKey> = {
  contacts: 'export.object.contacts',
  accounts: 'export.object.accounts',
  leads: 'export.object.leads',
};

const WRITTEN: Record<CrmObject, { one: UiKey; other: UiKey }> = {
  contacts: { one: 'export.written.contacts.one', other: 'export.written.contacts' },
  accounts: { one: 'export.written.accounts.one', other: 'export.written.accounts' },
  leads: { one: 'export.written.leads.one', other: 'export.written.leads' },
};

/** The records the files hold, object by object in the order written (an account per company, then its people). */
export function writtenCounts(files: readonly ExportFile[], main: CrmObject): Array<[CrmObject, number]> {
  const counts = new Map<CrmObject, number>();
  for (const file of files) counts.set(file.object, (counts.get(file.object) ?? 0) + file.rows.length);
  return counts.size > 0 ? [...counts] : [[main, 0]];
}

interface ExportState {
  sheets: string[];
  files: ExportFile[];
  layout: CrmLayout;
  report: ExportReport;
  /** Set when the list was read from a header below row 1. */
  headerBelow?: HeaderBelow;
}

/** Hands the file to the browser's downloads; the object URL is released once the click is taken. */
function downloadCsv(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const useStyles = makeStyles({
  form: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The sheet for one export file: the CRM's name, the object when it is not the one chosen, the part number. */
export function exportSheetName(
  title: string,
  file: ExportFile,
  main: CrmObject,
  objectLabel: string,
  taken: string,
): string {
  let name = file.object === main ? title : `${title} ${objectLabel}`;
  if (file.parts > 1) name += ` (${file.part})`;
  // Never replace the customer list itself, whatever it is called.
  return name === taken ? `${name} export` : name;
}

/** The plan that writes every export file to its own sheet (replacing an earlier export of the same name). */
export function exportPlan(
  sheet: string,
  title: string,
  files: ExportFile[],
  main: CrmObject,
  objectLabel: (o: CrmObject) => string,
): Plan {
  const plan = emptyPlan(sheet);
  plan.sheets = files.map((file) => ({
    name: exportSheetName(title, file, main, objectLabel(file.object), sheet),
    hidden: false,
    mode: 'replace' as const,
    rows: [file.header, ...file.rows],
  }));
  return plan;
}

/**
 * What the export read from a list's contact cells, as the CLI's report says it: notes typed after a
 * number (138 0013 8000 微信同号), numbers that found no phone column of their own (another took it, an
 * invalid one beside a valid one), blank e-mails and phones filled from another column of the row, cells
 * of several e-mails; and the rows it left out (a customer's further lines). Each with its count and first rows.
 */
function ContactNotes({ report }: { report: ExportReport }) {
  const t = useT();
  const locale = useLocale();
  const list = (items: readonly (string | number)[]) => items.join(locale === 'zh-CN' ? '、' : ', ');
  const quoted = (columns: readonly string[]) => list(columns.map((c) => `“${c}”`));
  const rows = (count: number, shown: readonly number[] = []) =>
    count > shown.length
      ? t('export.rows.more', { rows: list(shown), more: count - shown.length })
      : t(count === 1 ? 'export.rows.one' : 'export.rows', { rows: list(shown) });
  // An accounts export of a contact list writes the people, and their notes, to the contacts sheet.
  const notes = report.accountGroups
    ? crmLayout(report.crm, 'contacts')?.columns.find((c) => c.source === 'notes')?.header
    : report.columns.find((c) => c.source === 'notes')?.crmColumn;
  const email = report.columns.find((c) => c.source === 'email')?.crmColumn ?? 'Email';
  const lines: Array<{ key: string; text: string }> = [];
  for (const [column, count] of Object.entries(report.phoneNotes)) {
    const params = { column, count, rows: rows(count, report.phoneNoteRowNumbers[column]) };
    lines.push({
      key: `note ${column}`,
      text: notes ? t('export.phoneNotes', { ...params, notes }) : t('export.phoneNotes.ownColumn', params),
    });
  }
  // Numbers with no free phone column of their own: kept as typed in the notes (or an extra column).
  const keptIn = notes ? t('export.keptIn.notes', { notes }) : null;
  for (const [column, count] of Object.entries(report.sparePhones)) {
    const notMobile = report.sparePhonesNotMobile[column] ?? 0;
    const faxes = report.spareFaxes[column] ?? 0;
    const invalid = report.sparePhonesInvalid[column] ?? 0;
    const kinds = [
      ['taken', count - notMobile - faxes - invalid],
      ['notMobile', notMobile],
      ['invalid', invalid],
      ['faxes', faxes],
    ] as const;
    for (const [kind, n] of kinds)
      if (n > 0)
        lines.push({
          key: `spare ${kind} ${column}`,
          text: t(`export.sparePhones.${kind}`, {
            column,
            count: n,
            keptIn: keptIn ?? t('export.keptIn.column', { column }),
          }),
        });
  }
  for (const [column, { count, rowNumbers, example }] of Object.entries(report.linkTargets ?? {}))
    lines.push({
      key: `link ${column}`,
      text: t('export.linkTargets', { column, count, rows: rows(count, rowNumbers), ...example }),
    });
  for (const [crmColumn, bySheet] of Object.entries(report.filledFromOther)) {
    const own = report.columns.find((c) => c.crmColumn === crmColumn)?.sheetColumns ?? [];
    for (const [column, count] of Object.entries(bySheet)) {
      const params = {
        crmColumn,
        column,
        count,
        rows: rows(count, report.filledFromOtherRowNumbers[crmColumn]?.[column]),
      };
      lines.push({
        key: `filled ${crmColumn} ${column}`,
        text:
          own.length > 0
            ? t('export.filledFromOther', { ...params, own: quoted(own) })
            : t('export.filledFromOther.noOwn', params),
      });
    }
  }
  for (const [column, several] of Object.entries(report.severalEmails))
    if (several.columns.length > 0)
      lines.push({
        key: `several ${column}`,
        text: t('export.severalEmails', {
          column,
          count: several.rows,
          email,
          to: quoted(several.columns),
          rows: rows(several.rows, report.severalEmailRowNumbers[column]),
        }),
      });
  // A date of two readings (05/04/2023) would be read in the CRM's one order: kept as typed in the notes.
  for (const [column, count] of Object.entries(report.twoReadings)) {
    const shown = report.twoReadingValues[column] ?? [];
    lines.push({
      key: `two readings ${column}`,
      text: t('export.twoReadingDates', {
        column,
        count,
        first: shown[0]?.value ?? '',
        crm: crmLayout(report.crm, report.object)?.title ?? report.crm,
        keptIn: report.twoReadingsKeptIn[column] ?? notes ?? column,
        rows: rows(
          count,
          shown.map((s) => s.row),
        ),
      }),
    });
  }
  // Rows of a customer ID alone (KH007 （空）) are in no file either.
  const idOnly = report.skippedRows.idOnly ?? 0;
  if (idOnly > 0) {
    const shown = report.skippedRowNumbers.filter((s) => s.reason === 'idOnly').map((s) => s.row);
    lines.push({
      key: 'skipped idOnly',
      text: t('export.skipped.idOnly', { count: idOnly, rows: rows(idOnly, shown) }),
    });
  }
  // An account's own number or mailbox: typed with no contact, or a landline or info@ of a contact's row.
  const { noContact, companyLines } = report.accountGroups ?? {};
  if (noContact)
    lines.push({
      key: 'account no contact',
      text: t('export.accountNoContact', { count: noContact.rows, rows: rows(noContact.rows, noContact.rowNumbers) }),
    });
  if (companyLines)
    lines.push({
      key: 'account company lines',
      text: t('export.accountCompanyLines', {
        count: companyLines.rows,
        rows: rows(companyLines.rows, companyLines.rowNumbers),
      }),
    });
  // Another contact on the row (联系人2): a contact of its own, or extra columns.
  const otherHeaders = (report.otherContacts ?? []).flatMap((other) => other.headers);
  if (report.secondContactRows > 0)
    lines.push({
      key: 'second contacts',
      text: t('export.secondContacts', { count: report.secondContactRows, columns: quoted(otherHeaders) }),
    });
  if (report.secondContactsAside)
    lines.push({
      key: 'second contacts aside',
      text: t('export.secondContactsAside', { count: report.secondContactsAside, columns: quoted(otherHeaders) }),
    });
  if (report.secondContactRows === 0 && !report.secondContactsAside && otherHeaders.length > 0)
    lines.push({ key: 'other contacts', text: t('export.otherContacts', { columns: quoted(otherHeaders) }) });
  // A hand-kept list's further lines of a customer (no name or 序号) are in no file: say which.
  const continued = report.skippedRows.continuation ?? 0;
  if (continued > 0) {
    const shown = report.skippedRowNumbers.filter((s) => s.reason === 'continuation').map((s) => s.row);
    lines.push({
      key: 'skipped continuation',
      text: t('export.skipped.continuation', { count: continued, rows: rows(continued, shown) }),
    });
  }
  return (
    <>
      {lines.map((line) => (
        <Text key={line.key}>{line.text}</Text>
      ))}
    </>
  );
}

/** The object a user chose and the CRM they chose it for. */
export interface ObjectPick {
  crm: CrmId;
  object: CrmObject;
}

/**
 * The object shown for a CRM: the user's pick where the CRM has it, unless the pick was its own CRM's
 * usual import. 纷享销客's 客户 is the customer with their contact, which Zoho imports as contacts, not
 * as its accounts of companies alone; a pick of the usual import therefore asks for the next CRM's usual one.
 */
export function objectForCrm(crm: CrmId, pick: ObjectPick | null): CrmObject {
  if (pick && pick.object !== defaultObject(pick.crm) && objectsOf(crm).includes(pick.object)) return pick.object;
  return defaultObject(crm);
}

export function ExportView() {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const session = useSession();
  const { task, host } = session;
  const [crm, setCrm] = useState<CrmId>(locale === 'zh-CN' ? 'fxiaoke' : 'zoho');
  const [pick, setPick] = useState<ObjectPick | null>(null);
  const object = objectForCrm(crm, pick);
  const [state, setState] = useState<ExportState | null>(null);
  const busy = task.running !== null;

  // A pick the next CRM does not take is dropped, so what the select shows is what carries on.
  const chooseCrm = (next: CrmId) => {
    setCrm(next);
    if (pick && objectForCrm(next, pick) !== pick.object) setPick(null);
  };

  const run = () =>
    task.run('task.reading', async (control) => {
      const snapshot = await session.readSnapshot(control);
      control.step('task.exporting');
      const { files, layout, report } = planExport(snapshot, { crm, object });
      const plan = exportPlan(snapshot.name, layout.title, files, object, (o) => t(OBJECT_LABEL[o]));
      control.step('task.applying');
      await host.applyPlan(plan, { onProgress: control.onProgress });
      const { headerBelow } = listFromHeader(snapshot);
      setState({
        sheets: plan.sheets.map((s) => s.name),
        files,
        layout,
        report,
        ...(headerBelow ? { headerBelow } : {}),
      });
    });

  const layoutTitle = (id: CrmId) => crmLayout(id, defaultObject(id))?.title ?? id;
  const list = (items: string[]) => items.join(locale === 'zh-CN' ? '、' : ', ');
  const written = (files: readonly ExportFile[], main: CrmObject) => {
    const parts = writtenCounts(files, main).map(([o, count]) =>
      t(WRITTEN[o][count === 1 ? 'one' : 'other'], { count }),
    );
    const last = parts.pop()!;
    return parts.length > 0 ? t('export.written.and', { first: list(parts), last }) : last;
  };
  return (
    <>
      <Text>{t('export.intro')}</Text>
      <div className={styles.form}>
        <Field label={t('export.crm')}>
          <Select value={crm} disabled={busy} onChange={(_, data) => chooseCrm(data.value as CrmId)}>
            {CRMS.map((id) => (
              <option key={id} value={id}>
                {layoutTitle(id)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('export.object')}>
          <Select
            value={object}
            disabled={busy}
            onChange={(_, data) => setPick({ crm, object: data.value as CrmObject })}
          >
            {objectsOf(crm).map((id) => (
              <option key={id} value={id}>
                {t(OBJECT_LABEL[id])}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void run()}>
          {t('export.run')}
        </Button>
      </div>
      {state && (
        <div className={styles.results} role="status">
          {state.headerBelow && <Text>{readBelowTitleNote(locale, state.headerBelow)}</Text>}
          <Text>
            {t('export.done', {
              written: written(state.files, state.report.object),
              sheets: list(state.sheets.map((s) => `“${s}”`)),
            })}
          </Text>
          {state.report.extraColumns.length > 0 && (
            <Text>{t('export.extra', { columns: list(state.report.extraColumns) })}</Text>
          )}
          {state.report.accountRows > 0 && <Text>{t('export.accounts', { count: state.report.accountRows })}</Text>}
          <ContactNotes report={state.report} />
          {state.report.errorRows > 0 && <Text>{t('export.errors', { count: state.report.errorRows })}</Text>}
          {host.capabilities.fileDownload && (
            <div className={styles.form}>
              {state.files.map((file, i) => (
                <Button
                  key={state.sheets[i]}
                  onClick={() => downloadCsv(state.sheets[i]!, exportCsvText(file, state.layout))}
                >
                  {t('export.download', { name: `${state.sheets[i]}.csv` })}
                </Button>
              ))}
            </div>
          )}
        </div>
      )}
    </>
  );
}
