/**
 * Host failures on the server are HostErrors naming the step and what it could not do
 * (shared/host/step-actions.ts). `reply` turns any exception of a sidebar call into a Reply value,
 * so the sidebar gets the failure as data it can word in the user's language, not a bare exception.
 */
import { asHostError, type HostError } from '../../shared/host/host';
import type { HostStepKey } from '../../shared/host/host-steps';
import type { StepActionKey, StepSubject } from '../../shared/host/step-actions';
import type { Reply } from './protocol';

export function reply<T>(step: HostStepKey, action: StepActionKey, run: () => T, about?: StepSubject[]): Reply<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    // The server never cancels, so every failure is a HostError.
    return { ok: false, ...(asHostError(error, step, action, about) as HostError).toWire() };
  }
}
