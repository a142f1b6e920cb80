/**
 * The one interface between the sidebar and a spreadsheet host (Excel, Google Sheets, the
 * in-memory demo workbook). Hosts declare what they can do; shared code never asks which host it is.
 */
import type { SheetSnapshot } from '../sheet/snapshot';
import type { Plan } from '../plan/plan';
import type { Locale } from '../i18n/locale';
import { HOST_STEPS, hostStepKey, type HostStepKey } from './host-steps';
import { HOST_MESSAGES, hostMessage, type HostMessageKey, type HostMessageParams } from './host-messages';
import {
  isKnownFailure,
  stepFailureText,
  type StepActionKey,
  type StepFailure,
  type StepSubject,
} from './step-actions';

export interface HostCapabilities {
  /** Dropdown validation lists. */
  dataValidation: boolean;
  /** Highlighting of required blanks. */
  conditionalFormats: boolean;
  /** Hidden sheets (for long dropdown lists, the archive and the audit log). */
  hiddenSheets: boolean;
  /** A filter on the header row (Excel needs ExcelApi 1.9; Excel 2019 has 1.8). */
  filter: boolean;
  /** Custodian's highlights over several ranges at once (Excel needs ExcelApi 1.9); conditionalFormats when absent. */
  highlights?: boolean;
  /** Reading each cell's link (Excel needs ExcelApi 1.9); absent means it can. */
  cellLinks?: boolean;
  /** Reading and writing notes on cells (Excel needs ExcelApi 1.18); absent means it can. */
  cellNotes?: boolean;
  /**
   * Finding every formula cell of a sheet in one call (Excel: getSpecialCells, ExcelApi 1.9), to keep what
   * deleting rows takes from the formulas around them (plan/row-footprint.ts); absent means it can.
   */
  formulaCells?: boolean;
  /** Reading and making merged cells (Excel: ExcelApi 1.13), for the same; absent means it can. */
  mergedCells?: boolean;
  /** Locking the header row and the ID column (every host so far; absent means it can). */
  protection?: boolean;
  /** Largest number of cells the host moves in one request; bigger reads and writes are chunked. */
  maxCellsPerRequest: number;
  /** The sidebar can hand the user a file to save (a browser page; Excel on the web). */
  fileDownload: boolean;
}

export interface HostEnvironment {
  locale: Locale;
  theme: 'light' | 'dark';
}

export interface Progress {
  done: number;
  total: number;
}

export interface HostCallOptions {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
  /**
   * false: a plan that fails half-way is left as it is instead of put back (auto-govern: putting typed
   * rows back would raise change events that govern them again, a retry loop on a lasting failure).
   */
  rollback?: boolean;
}

export interface ReadOptions extends HostCallOptions {
  /** A sheet by name instead of the active one (combine reads several); the meta is still the workbook's. */
  sheet?: string;
}

export interface SpreadsheetHost {
  readonly capabilities: HostCapabilities;
  environment(): Promise<HostEnvironment>;
  /** The active (or named) sheet's used range from A1 (values, formulas, column formats) plus Custodian's meta. */
  readSnapshot(options?: ReadOptions): Promise<SheetSnapshot>;
  /** The workbook's visible sheets in tab order (Custodian's hidden ones and the user's hidden ones left out). */
  sheetNames(): Promise<string[]>;
  /**
   * Applies every part of a plan, in the order documented in shared/plan/plan.ts, through the one
   * plan driver (shared/plan/execute-plan.ts); resolves with the parts the host could not apply.
   */
  applyPlan(plan: Plan, options?: HostCallOptions): Promise<ApplyResult>;
  /** Selects (and scrolls to) one cell so a user can see an issue. */
  selectCell(sheet: string, row: number, col: number): Promise<void>;
}

/** Parts of a plan a host skipped because it cannot do them (see HostCapabilities), for the UI to say so. */
export type SkippedPart =
  | 'validations'
  | 'required'
  | 'highlights'
  | 'filter'
  | 'hiddenSheets'
  | 'protection'
  | 'links'
  | 'notes'
  | 'footprints';

export interface ApplyResult {
  skipped: SkippedPart[];
}

/**
 * A host failure, with the step that failed, for the one place in the UI that shows errors.
 * `step` is the step's English name (what logs and other hosts' wires carry); `stepKey` lets the
 * UI show it in the user's language (host-steps.ts). The message is English; `fixed` (a fixed text,
 * host-messages.ts) or `failure` (what a step could not do, step-actions.ts) let the UI word it again.
 */
export class HostError extends Error {
  readonly stepKey: HostStepKey | undefined;

  constructor(
    readonly step: string,
    message: string,
    override readonly cause?: unknown,
    readonly fixed?: { key: HostMessageKey; params: HostMessageParams },
    readonly failure?: StepFailure,
  ) {
    super(message);
    this.name = 'HostError';
    this.stepKey = hostStepKey(step);
  }

  /**
   * A failure whose whole message is a catalogue text (host-messages.ts); its message is the English
   * one. `step` is a step's key, or the name of a step outside the catalogue (a transport's).
   */
  static fixed(
    step: HostStepKey | (string & {}),
    key: HostMessageKey,
    params: HostMessageParams = {},
    cause?: unknown,
  ): HostError {
    const stepKey = step in HOST_STEPS ? (step as HostStepKey) : undefined;
    return new HostError(stepKey ? HOST_STEPS[stepKey] : step, hostMessage(key, params, 'en-US', stepKey), cause, {
      key,
      params,
    });
  }

  /** "Could not <action> <subjects> (<step>): <reason>" (step-actions.ts). */
  static failed(step: HostStepKey, failure: StepFailure, cause?: unknown): HostError {
    return new HostError(HOST_STEPS[step], stepFailureText(failure, step, 'en-US'), cause, undefined, failure);
  }

  static fromWire(wire: HostErrorWire): HostError {
    return new HostError(wire.step, wire.message, undefined, wire.fixed, wire.failure);
  }

  /** What crosses google.script.run: plain data, no cause. */
  toWire(): HostErrorWire {
    const { step, message, fixed, failure } = this;
    return { step, message, ...(fixed ? { fixed } : {}), ...(failure ? { failure } : {}) };
  }
}

export type HostErrorWire = Pick<HostError, 'step' | 'message' | 'fixed' | 'failure'>;

/**
 * A HostError's text in `locale`: its fixed text or failure worded again, else the host's own text.
 * Keys this build does not know (a Sheets server deployed from another version) keep the English.
 */
export function hostErrorText(error: HostErrorWire, locale: Locale): string {
  const stepKey = hostStepKey(error.step);
  const { fixed, failure } = error;
  if (fixed && fixed.key in HOST_MESSAGES) return hostMessage(fixed.key, fixed.params, locale, stepKey);
  if (failure && stepKey && isKnownFailure(failure)) return stepFailureText(failure, stepKey, locale);
  return error.message;
}

/** An exception's text without Apps Script's "Exception: " prefix. */
export function plainMessage(error: unknown): string {
  const message =
    error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
      ? String((error as { message: unknown }).message)
      : String(error);
  return message.replace(/^Exception: /, '');
}

/** Any failure of a step as a HostError naming what it could not do; HostErrors and cancellations pass as they are. */
export function asHostError(
  error: unknown,
  step: HostStepKey,
  action: StepActionKey,
  subjects?: StepSubject[],
  reasonOf: (error: unknown) => string = plainMessage,
): Error {
  if (error instanceof HostError || (error as Error | null)?.name === 'AbortError') return error as Error;
  return HostError.failed(step, { action, ...(subjects?.length ? { subjects } : {}), reason: reasonOf(error) }, error);
}
