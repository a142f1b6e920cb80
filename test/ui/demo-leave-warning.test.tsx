/** @jest-environment jsdom */
import { act, render, screen, waitFor } from '@testing-library/react';
import { DemoSession } from '../../shared/ui/demo/DemoSession';
import { inlineRunner } from '../../shared/ui/tasks/core-runner';
import { emptyPlan } from '../../shared/plan/plan';
import { makeHost } from './helpers';

function leave(): Event {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

describe('the demo page', () => {
  test('asks before a reload drops changes not saved, and not before any change', async () => {
    const host = makeHost();
    render(<DemoSession host={host} core={inlineRunner} environment={{ locale: 'en-US', theme: 'light' }} />);
    await waitFor(() => expect(screen.getAllByRole('tab').length).toBeGreaterThan(0));
    expect(leave().defaultPrevented).toBe(false);
    const plan = emptyPlan(host.state().activeSheet);
    plan.edits.push({ row: 2, col: 6, before: 'first', after: 'first customer' });
    await act(async () => {
      await host.applyPlan(plan);
    });
    expect(leave().defaultPrevented).toBe(true);
  });
});
