/**
 * Web Worker entry (built to file-worker.js, started on the first open or save): reads and writes
 * the demo's files off the page's thread, as exceljs takes seconds on a list of 10,000 rows.
 */
import { FileInputError } from '../../files/file-input-error';
import { openFileBytes } from './open-file';
import { workbookBytes } from './save-file';
import type { FileReply, FileRequest } from './file-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FileRequest>) => void) | null;
  postMessage(message: FileReply, transfer?: Transferable[]): void;
};

scope.onmessage = async (event) => {
  const request = event.data;
  try {
    if (request.kind === 'open') {
      const opened = await openFileBytes(request.bytes, request.name, request.heap);
      scope.postMessage({ id: request.id, kind: 'opened', opened });
    } else {
      const bytes = await workbookBytes(request.workbook, request.active);
      scope.postMessage({ id: request.id, kind: 'saved', bytes }, [bytes.buffer]);
    }
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    const file = error instanceof FileInputError ? { code: error.code, text: error.text } : undefined;
    scope.postMessage({ id: request.id, kind: 'error', message: err.message, ...(file ? { file } : {}) });
  }
};
