import { HostError, hostErrorText } from '../../shared/host/host';
import { STEP_ACTIONS, STEP_SUBJECTS, STEP_WORDING, stepFailureText, subject } from '../../shared/host/step-actions';

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('step-actions', () => {
  test('has every action and subject in every language, with the same parameters', () => {
    for (const words of Object.values(STEP_WORDING)) {
      expect(Object.keys(words.actions).sort()).toEqual(Object.keys(STEP_ACTIONS).sort());
      expect(Object.keys(words.subjects).sort()).toEqual(Object.keys(STEP_SUBJECTS).sort());
      for (const [key, [alone, withSubject]] of Object.entries(words.actions)) {
        expect(params(alone)).toEqual([]);
        expect(params(withSubject)).toEqual(params(STEP_ACTIONS[key as keyof typeof STEP_ACTIONS][1]));
      }
      for (const [key, text] of Object.entries(words.subjects))
        expect(params(text)).toEqual(params(STEP_SUBJECTS[key as keyof typeof STEP_SUBJECTS]));
    }
  });

  test.each([
    [
      'edits',
      [subject.column(6)],
      'Could not write the changed cells column F (writing cell values): 工作表受保护。',
      '无法写入已更改的单元格（F 列）：工作表受保护。',
    ],
    [
      'deleteRows',
      [subject.rows(12, 3)],
      'Could not delete rows 12-14 (deleting rows): Quota exceeded.',
      '无法删除第 12–14 行：Quota exceeded.',
    ],
    [
      'sheets',
      [subject.of('sheet', { sheet: '客户分析' })],
      'Could not write the helper sheet "客户分析" (writing helper sheets): Quota exceeded.',
      '无法写入辅助工作表“客户分析”：Quota exceeded.',
    ],
    [
      'freezeRows',
      [subject.of('topRows', { rows: 2 })],
      'Could not freeze the top 2 rows (freezing the header row): Quota exceeded.',
      '无法冻结前 2 行：Quota exceeded.',
    ],
  ] as const)('words a failed %s for a Chinese team and keeps English for logs', (step, subjects, en, zh) => {
    const reason = en.slice(en.indexOf('): ') + 3);
    const error = HostError.failed(step, { action: step, subjects: [...subjects], reason });
    expect(error.message).toBe(en);
    expect(hostErrorText(error, 'en-US')).toBe(en);
    expect(hostErrorText(error, 'zh-CN')).toBe(zh);
  });

  test('carries the failure over a wire as plain data and words it again on the other side', () => {
    const sent = HostError.failed('validations', {
      action: 'validations',
      subjects: [subject.column(2), subject.column(6)],
      reason: 'Bad.',
    }).toWire();
    const received = HostError.fromWire(JSON.parse(JSON.stringify(sent)));
    expect(received.stepKey).toBe('validations');
    expect(hostErrorText(received, 'zh-CN')).toBe('无法为 B 列、F 列添加下拉列表：Bad.');
    expect(stepFailureText(received.failure!, 'validations', 'en-US')).toBe(
      'Could not add the dropdown for column B, column F (applying data validation): Bad.',
    );
  });

  test('keeps the English text when a Sheets server of another version sends a key this sidebar does not know', () => {
    const wire = {
      step: 'applying data validation',
      message: 'Could not add the checkbox for column F (applying data validation): Bad.',
      failure: { action: 'checkboxes', subjects: [{ key: 'column', params: { col: 'F' } }], reason: 'Bad.' },
    };
    expect(hostErrorText(HostError.fromWire(wire as never), 'zh-CN')).toBe(wire.message);
    const fixed = {
      step: 'preparing the changes',
      message: 'The sheet moved.',
      fixed: { key: 'sheetMoved', params: {} },
    };
    expect(hostErrorText(HostError.fromWire(fixed as never), 'zh-CN')).toBe('The sheet moved.');
  });
});
