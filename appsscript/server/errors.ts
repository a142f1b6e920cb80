/**
 * Host failures on the server: a StepError names the step in words (the sidebar shows
 * "While <step>: …"); `reply` turns any exception in a sidebar call into a Reply value, so the
 * sidebar gets the step and the message instead of a bare Apps Script exception.
 */
import { HOST_STEPS, type HostStep } from '../../shared/host/host-steps';
import type { Reply } from './protocol';

export const STEPS = HOST_STEPS;
export type StepName = HostStep;

export class StepError extends Error {
  constructor(
    readonly step: StepName,
    message: string,
  ) {
    super(message);
    this.name = 'StepError';
  }
}

function messageOf(error: unknown): string {
  const message = error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error) ? String((error as { message: unknown }).message) : String(error);
  return message.replace(/^Exception: /, '');
}

/** Runs one step; an Apps Script exception becomes "Could not <action> (<step>): <message>". */
export function inStep<T>(step: StepName, action: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof StepError) throw error;
    throw new StepError(step, `Could not ${action} (${step}): ${messageOf(error)}`);
  }
}

export function reply<T>(step: StepName, action: string, run: () => T): Reply<T> {
  try {
    return { ok: true, value: inStep(step, action, run) };
  } catch (error) {
    const failure = error as StepError;
    return { ok: false, step: failure.step, message: failure.message };
  }
}
