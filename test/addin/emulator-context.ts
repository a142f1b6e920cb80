/**
 * The request context of the Excel emulator: commands queue up and run in order on sync(), loaded
 * properties become readable only after the sync that loaded them, a failing command stops the
 * batch (earlier commands stay applied, as in Excel), and requests or responses over the payload
 * limit fail like Excel on the web.
 */
import type { EmSheet } from './emulator-model';
import type { EmEvents } from './emulator-events';

export interface RecordedCall {
  member: string;
  sheet?: string;
  address?: string;
  args?: unknown;
}

export interface SyncRecord {
  actions: number;
  requestBytes: number;
  responseBytes: number;
  error?: string;
}

export interface FailureRule {
  member: string;
  /** Part of the object path, e.g. `getSpecialCellsOrNullObject("Formulas")`. */
  path?: string;
  address?: string;
  sheet?: string;
  code: string;
  message: string;
  times: number;
}

/** What the proxies need from the emulator that owns the workbook. */
export interface EmHost {
  sheets: EmSheet[];
  activeSheet: string;
  selection: { sheet: string; address: string } | null;
  payloadLimit: number;
  apiVersion: number;
  /** Whether ExcelApi `version` ("1.18") is supported: versions compare by number after the dot. */
  supports(version: string): boolean;
  /** Defined names of the workbook: a formula such as `=Customers!$A$5:$C$9`. */
  names: { name: string; formula: string }[];
  nullObjectChaining: 'propagate' | 'throw';
  nextId(): number;
  record(call: RecordedCall): void;
  onSync(record: SyncRecord): void;
  failureFor(
    member: string,
    sheet: string | undefined,
    address: string | undefined,
    path?: string,
  ): FailureRule | undefined;
  /** Worksheet change events (writes raise them too). */
  events?: EmEvents;
}

/** Errors shaped like OfficeExtension.Error (name RichApi.Error, code, debugInfo). */
export class EmulatedOfficeError extends Error {
  override name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };

  constructor(
    readonly code: string,
    message: string,
    where: { errorLocation?: string; statement?: string } = {},
  ) {
    super(message);
    this.debugInfo = { code, message, ...where };
  }
}

export function notLoaded(property: string): EmulatedOfficeError {
  return new EmulatedOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export interface ActionResult {
  bytes?: number;
  commit?: () => void;
}

export interface Action {
  member: string;
  /** The object path, e.g. workbook.worksheets.getItem("Sheet1").getRange("F2:F9"). */
  path: string;
  sheet?: () => string | undefined;
  address?: () => string | undefined;
  bytes?: number;
  /** Record the call for assertions (formatting, validation, panes, filter, rows). */
  record?: unknown;
  run: () => ActionResult | void;
}

export function jsonSize(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export class EmContext {
  private queue: Action[] = [];
  syncs = 0;

  constructor(readonly host: EmHost) {}

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.syncs++;
    const record: SyncRecord = { actions: actions.length, requestBytes: 0, responseBytes: 0 };
    try {
      record.requestBytes = actions.reduce((sum, a) => sum + 60 + (a.bytes ?? 0), 0);
      if (record.requestBytes > this.host.payloadLimit) {
        throw new EmulatedOfficeError(
          'RequestPayloadSizeLimitExceeded',
          'The request payload size has exceeded the limit.',
        );
      }
      const commits: Array<() => void> = [];
      for (const action of actions) {
        const statement = `${action.path}.${action.member}`;
        const sheet = action.sheet?.();
        const address = action.address?.();
        const failure = this.host.failureFor(action.member, sheet, address, action.path);
        if (failure)
          throw new EmulatedOfficeError(failure.code, failure.message, { errorLocation: action.member, statement });
        let result: ActionResult | void;
        try {
          result = action.run();
        } catch (error) {
          if (error instanceof EmulatedOfficeError) {
            throw new EmulatedOfficeError(error.code, error.message, { errorLocation: action.member, statement });
          }
          throw error;
        }
        if (action.record !== undefined)
          this.host.record({ member: action.member, sheet, address, args: action.record });
        if (result?.bytes) record.responseBytes += result.bytes;
        if (result?.commit) commits.push(result.commit);
      }
      if (record.responseBytes > this.host.payloadLimit) {
        throw new EmulatedOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          'The response payload size has exceeded the limit.',
        );
      }
      for (const commit of commits) commit();
    } catch (error) {
      record.error = (error as Error).message;
      throw error;
    } finally {
      this.host.onSync(record);
    }
    await Promise.resolve();
  }
}
