/**
 * The demo page with a workbook that can change: the sample list at first, then whatever file the
 * user opens. Opening a file makes a new in-memory host and remounts the sidebar, so no view keeps
 * results from the previous workbook.
 */
import { useEffect, useRef, useState } from 'react';
import type { HostEnvironment } from '../../host/host';
import { createMemoryHost, type MemoryHost } from '../../host/memory-host';
import type { CoreRunner } from '../tasks/core-runner';
import { DemoPage } from './DemoPage';
import { FileBar, type FileStatus } from './FileBar';
import type { OpenedFile } from './open-file';

export interface DemoSessionProps {
  host: MemoryHost;
  core: CoreRunner;
  environment: HostEnvironment;
}

interface Session {
  host: MemoryHost;
  fileName?: string;
  /** Bumped on every opened file, to remount the page's views. */
  generation: number;
}

export function DemoSession({ host, core, environment }: DemoSessionProps) {
  const [session, setSession] = useState<Session>({ host, generation: 0 });
  const [status, setStatus] = useState<FileStatus>({ kind: 'idle' });
  // The workbook lives in this page only: leaving it (a reload, a closed tab) with changes not saved
  // as .xlsx loses them, so the browser asks first.
  const saved = useRef(session.host.state().workbook);
  useEffect(() => {
    saved.current = session.host.state().workbook;
    const warn = (event: BeforeUnloadEvent) => {
      if (session.host.state().workbook === saved.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [session.host]);
  const onOpen = (opened: OpenedFile, fileName: string) => {
    const next = createMemoryHost(opened.workbook, { environment });
    next.activateSheet(opened.sheet);
    setSession((s) => ({ host: next, fileName, generation: s.generation + 1 }));
  };
  return (
    <DemoPage
      key={session.generation}
      host={session.host}
      core={core}
      environment={environment}
      toolbar={
        <FileBar
          host={session.host}
          fileName={session.fileName}
          onOpen={onOpen}
          onSaved={(workbook) => (saved.current = workbook)}
          status={status}
          onStatus={setStatus}
        />
      }
    />
  );
}
