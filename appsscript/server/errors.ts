/**
 * Host failures on the server are HostErrors naming the step (the sidebar shows "While <step>: …");
 * `reply` turns any exception in a sidebar call into a Reply value, so the sidebar gets the step
 * and the message instead of a bare Apps Script exception.
 */
import { HostError } from '../../shared/host/host';
import { HOST_STEPS, type HostStep } from '../../shared/host/host-steps';
import { plainMessage } from '../../shared/plan/execute-plan';
import type { Reply } from './protocol';

export const STEPS = HOST_STEPS;

/** Runs one step; an Apps Script exception becomes "Could not <action> (<step>): <message>". */
export function inStep<T>(step: HostStep, action: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw new HostError(step, `Could not ${action} (${step}): ${plainMessage(error)}`, error);
  }
}

export function reply<T>(step: HostStep, action: string, run: () => T): Reply<T> {
  try {
    return { ok: true, value: inStep(step, action, run) };
  } catch (error) {
    const failure = error as HostError;
    return {
      ok: false,
      step: failure.step,
      message: failure.message,
      ...(failure.fixed ? { fixed: failure.fixed } : {}),
    };
  }
}
