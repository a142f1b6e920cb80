/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { isListValidation } from '../../shared/plan/plan';
import { parseTemplate, type Template } from '../../shared/template/schema';
import type { MemoryHost } from '../../shared/host/memory-host';
import { makeHost, renderApp, smallSheet } from './helpers';

function stored(host: MemoryHost): Template | undefined {
  const json = host.state().workbook.meta['template.json'];
  if (json === undefined) return undefined;
  const result = parseTemplate(json);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.template;
}

async function openEditor(field: string) {
  fireEvent.click(await screen.findByRole('button', { name: /^(Edit template|编辑模板)$/ }));
  const select = await screen.findByRole('combobox', { name: /^(Field|字段)$/ });
  const value = [...(select as HTMLSelectElement).options].find((o) => o.text === field)?.value;
  fireEvent.change(select, { target: { value } });
}

function type(label: string | RegExp, text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value: text } });
}

describe('TemplateEditor', () => {
  test('renames an option, keeps the old name as a synonym and saves it, undoably, when an English team edits Status', async () => {
    const host = makeHost();
    await renderApp(host);
    await openEditor('Status');
    expect((screen.getByRole('textbox', { name: 'English name of option 2' }) as HTMLInputElement).value).toBe(
      'In Progress',
    );
    type('English name of option 2', 'Working on it');
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText(/saved the template in the workbook/);

    const following = stored(host)!
      .fields.find((f) => f.key === 'status')!
      .options!.find((o) => o.key === 'following')!;
    expect(following.labels['en-US']).toBe('Working on it');
    expect(following.synonyms).toContain('In Progress');

    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Edit the template' }));
    await screen.findByText(/undid "Edit the template"/);
    expect(stored(host)).toBeUndefined();
  });

  test('set up writes the saved options into the dropdown when the sheet is set up after saving', async () => {
    const host = makeHost();
    await renderApp(host);
    await openEditor('Status');
    type('English name of option 2', 'Working on it');
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await screen.findByText(/saved the template in the workbook/);

    fireEvent.click(screen.getByRole('button', { name: 'Read headers' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply setup' }));
    await screen.findByText(/set up the sheet/);
    const sheet = host.state().workbook.sheets.find((s) => s.name === smallSheet().name)!;
    const statusCol = sheet.values[0]!.indexOf('Status') + 1;
    const list = sheet.validations.filter(isListValidation).find((v) => v.col === statusCol);
    expect(list?.source.values).toEqual(['Active', 'Working on it', 'Dormant', 'Closed']);
  });

  test('saves other spellings of 北京 when a Chinese team edits the region list', async () => {
    const host = makeHost(smallSheet(), { environment: { locale: 'zh-CN', theme: 'light' } });
    await renderApp(host);
    await openEditor('地区');
    const synonyms = screen.getByRole('textbox', { name: '“北京”的其他写法' });
    fireEvent.focus(synonyms);
    fireEvent.change(synonyms, { target: { value: '北京市、北京市区，' } });
    expect((synonyms as HTMLInputElement).value).toBe('北京市、北京市区，');
    fireEvent.blur(synonyms);
    fireEvent.click(screen.getByRole('button', { name: '保存模板' }));
    await screen.findByText(/已将模板保存到工作簿/);
    const beijing = stored(host)!
      .fields.find((f) => f.key === 'region')!
      .options!.find((o) => o.key === 'beijing')!;
    expect(beijing.synonyms).toEqual(['北京市', '北京市区']);
  });

  test('finds an option of the 34-division region list by a spelling when a Chinese team looks for 广西壮族自治区', async () => {
    const host = makeHost(smallSheet(), { environment: { locale: 'zh-CN', theme: 'light' } });
    await renderApp(host);
    await openEditor('地区');
    expect(screen.getByRole('button', { name: '再显示 22 个' })).toBeTruthy();
    type('查找选项', '壮族');
    const names = screen.getAllByRole('textbox', { name: /^选项 \d+ 的中文名称$/ }) as HTMLInputElement[];
    expect(names.map((n) => n.value)).toEqual(['广西']);
    expect((screen.getByRole('textbox', { name: '“广西”的其他写法' }) as HTMLInputElement).value).toContain(
      '广西壮族自治区',
    );
  });

  test.each([
    ['en-US', 'Status', 'Status: "跟进中" names two options.'],
    ['zh-CN', '状态', '“状态”：“跟进中”同时是两个选项的名称。'],
  ] as const)(
    'names the field and saves nothing when an option repeats another (%s)',
    async (locale, field, message) => {
      const host = makeHost(smallSheet(), { environment: { locale, theme: 'light' } });
      await renderApp(host);
      await openEditor(field);
      type(/^(New option \(Chinese\)|新选项（中文）)$/, '跟进中');
      type(/^(New option \(English\)|新选项（英文）)$/, 'Chasing');
      fireEvent.click(screen.getByRole('button', { name: /^(Add option|添加选项)$/ }));
      fireEvent.click(screen.getByRole('button', { name: /^(Save template|保存模板)$/ }));
      expect(await screen.findByText(message)).toBeTruthy();
      await waitFor(() => expect(host.state().workbook.meta).toEqual({}));
      expect(stored(host)).toBeUndefined();
    },
  );
});
