/**
 * Messages between the demo page and its file worker, and the page's side: one worker started on
 * first use, a promise per request, a refused file rebuilt as the FileInputError it was.
 */
import { FileInputError, type FileInputErrorCode } from '../../files/file-input-error';
import type { FileText } from '../../files/file-messages';
import type { MemoryWorkbook } from '../../plan/apply-plan';
import type { OpenedFile } from './open-file';

type Request =
  | { kind: 'open'; bytes: Uint8Array; name: string; heap?: number }
  | { kind: 'save'; workbook: MemoryWorkbook; active?: string };
export type FileRequest = Request & { id: number };

export type FileReply =
  | { id: number; kind: 'opened'; opened: OpenedFile }
  | { id: number; kind: 'saved'; bytes: Uint8Array }
  | { id: number; kind: 'error'; message: string; file?: { code: FileInputErrorCode; text?: FileText } };

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name for the result: the input's base name and "-custodian.xlsx" (the sample list: custodian-demo.xlsx). */
export function savedName(opened: string | undefined): string {
  if (opened === undefined) return 'custodian-demo.xlsx';
  return `${opened.replace(/^.*[\\/]/, '').replace(/(?<=.)\.[^.]*$/, '')}-custodian.xlsx`;
}

type Pending = { resolve(reply: FileReply): void; reject(error: Error): void };

/** A browser tab's heap limit where Chrome tells it (the worker cannot see the page's). */
function heapLimit(): number | undefined {
  return (performance as Performance & { memory?: { jsHeapSizeLimit?: number } }).memory?.jsHeapSizeLimit;
}

export function createFileClient(scriptUrl: URL) {
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<number, Pending>();

  function call(request: Request, transfer: Transferable[] = []): Promise<FileReply> {
    if (!worker) {
      worker = new Worker(scriptUrl);
      worker.onmessage = (event: MessageEvent<FileReply>) => {
        const waiting = pending.get(event.data.id);
        pending.delete(event.data.id);
        waiting?.resolve(event.data);
      };
      worker.onerror = (event) => {
        for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'The file worker failed.'));
        pending.clear();
      };
    }
    const id = ++next;
    const active = worker;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      active.postMessage({ ...request, id }, transfer);
    });
  }

  function unwrap(reply: FileReply): FileReply {
    if (reply.kind !== 'error') return reply;
    if (reply.file) throw new FileInputError(reply.file.code, reply.message, undefined, undefined, reply.file.text);
    throw new Error(reply.message);
  }

  return {
    async open(file: File): Promise<OpenedFile> {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const reply = unwrap(await call({ kind: 'open', bytes, name: file.name, heap: heapLimit() }, [bytes.buffer]));
      if (reply.kind !== 'opened') throw new Error(`Unexpected reply from the file worker: ${reply.kind}`);
      return reply.opened;
    },
    async save(workbook: MemoryWorkbook, active?: string): Promise<Uint8Array> {
      const reply = unwrap(await call({ kind: 'save', workbook, active }));
      if (reply.kind !== 'saved') throw new Error(`Unexpected reply from the file worker: ${reply.kind}`);
      return reply.bytes;
    },
  };
}
