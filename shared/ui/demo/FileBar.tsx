/**
 * The demo's file bar: open the user's own .xlsx or .csv (button or drop), save the workbook as
 * .xlsx. Files are read and written in the page only, by a worker started on first use (with
 * exceljs), so the first paint does not wait for it and a large file does not freeze the page.
 */
import { useRef, useState, type DragEvent } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { MemoryHost, MemoryHostState } from '../../host/memory-host';
import { isFileInputError } from '../../files/file-input-error';
import { fileMessage } from '../../files/file-messages';
import { useLocale, useT } from '../i18n';
import type { OpenedFile } from './open-file';
import { createFileClient, savedName, XLSX_TYPE } from './file-protocol';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalXS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  hint: { color: tokens.colorNeutralForeground3, flexGrow: 1 },
  input: { display: 'none' },
});

export type FileStatus = { kind: 'idle' } | { kind: 'busy' | 'done' | 'error'; text: string };

export interface FileBarProps {
  host: MemoryHost;
  /** The name of the file the workbook came from (undefined for the sample list). */
  fileName?: string;
  onOpen(opened: OpenedFile, fileName: string): void;
  /** The workbook just saved as .xlsx: leaving the page loses nothing of it. */
  onSaved?(workbook: MemoryHostState['workbook']): void;
  /** Kept by the caller: opening a file remounts the page, and the message must outlive that. */
  status: FileStatus;
  onStatus(status: FileStatus): void;
}

let client: ReturnType<typeof createFileClient> | undefined;
const files = () => (client ??= createFileClient(new URL('file-worker.js', document.baseURI)));

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Hands bytes to the browser's downloads; the object URL is released once the click is taken. */
function download(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function FileBar({ host, fileName, onOpen, onSaved, status, onStatus: setStatus }: FileBarProps) {
  const styles = useStyles();
  const t = useT();
  const locale = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  async function open(file: File) {
    setStatus({ kind: 'busy', text: t('demo.opening', { name: file.name }) });
    try {
      const opened = await files().open(file);
      const key = opened.customerList ? 'demo.opened' : 'demo.openedNoList';
      setStatus({ kind: 'done', text: t(key, { name: file.name, sheet: opened.sheet }) });
      onOpen(opened, file.name);
    } catch (error) {
      // The workbook on screen stays as it was: a refused file replaces nothing.
      const text =
        isFileInputError(error) && error.text
          ? fileMessage(error.text, locale, 'page')
          : t('demo.openFailed', { name: file.name, reason: reasonOf(error) });
      setStatus({ kind: 'error', text });
    }
  }

  async function save() {
    try {
      const state = host.state();
      download(await files().save(state.workbook, state.activeSheet), savedName(fileName), XLSX_TYPE);
      onSaved?.(state.workbook);
    } catch (error) {
      setStatus({ kind: 'error', text: t('demo.saveFailed', { reason: reasonOf(error) }) });
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void open(file);
  }

  return (
    <div data-testid="file-bar">
      <div
        data-testid="file-drop"
        className={dragging ? `${styles.bar} ${styles.dragging}` : styles.bar}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Button appearance="primary" onClick={() => input.current?.click()} disabled={status.kind === 'busy'}>
          {t('demo.openFile')}
        </Button>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".xlsx,.csv,.tsv,.txt"
          aria-label={t('demo.fileInput')}
          data-testid="file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ''; // the same file can be opened again
            if (file) void open(file);
          }}
        />
        <span className={styles.hint}>{t('demo.dropHint')}</span>
        {status.kind === 'busy' && <Spinner size="tiny" label={status.text} />}
        <Button onClick={() => void save()} disabled={status.kind === 'busy'}>
          {t('demo.saveXlsx')}
        </Button>
      </div>
      {(status.kind === 'done' || status.kind === 'error') && (
        <MessageBar
          intent={status.kind === 'error' ? 'error' : 'success'}
          data-testid="file-status"
          politeness={status.kind === 'error' ? 'assertive' : 'polite'}
        >
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
