/** @jest-environment jsdom */
/**
 * The sidebar's export says what the CLI's report says of dates with two readings (05/04/1985 where no
 * date of the column says which comes first): left out of the CRM's date column, kept as typed in the
 * notes, with their count, the first of them and their rows, in the sidebar's language.
 */
import { fireEvent, screen } from '@testing-library/react';
import type { Locale } from '../../shared/i18n/locale';
import { makeHost, renderApp } from './helpers';

// A florist's client list kept by e-mail: nothing says where its dates were typed.
const LIST = {
  name: 'Clients',
  values: [
    ['Name', 'Email', 'Birthday', 'Last contact'],
    ['Ann Lee', 'ann.lee@gmail.com', '05/04/1985', '05/04/2023'],
    ['Bob Ray', 'bob.ray@outlook.com', '1979-07-02', '2023-06-01'],
    ['Cat Price', 'cat.price@yahoo.co.uk', '1990-11-21', '06/07/2023'],
  ],
};

const WORDS = {
  'en-US': { tab: 'Export', crm: 'CRM', run: 'Write export sheets', done: /Wrote 3 contacts/ },
  'zh-CN': { tab: '导出', crm: 'CRM 系统', run: '写入导出表', done: /已将 3 位联系人写入/ },
} as const;

async function exportToZoho(locale: Locale): Promise<string> {
  const w = WORDS[locale];
  await renderApp(makeHost(LIST, { environment: { locale, theme: 'light' } }));
  fireEvent.click(screen.getByRole('tab', { name: w.tab }));
  fireEvent.change(screen.getByRole('combobox', { name: w.crm }), { target: { value: 'zoho' } });
  fireEvent.click(screen.getByRole('button', { name: w.run }));
  await screen.findByText(w.done);
  return screen.getByRole('status').textContent ?? '';
}

describe('ExportView: dates with two readings', () => {
  test('in English', async () => {
    const text = await exportToZoho('en-US');
    expect(text).toContain(
      'Dates in “Last contact” that read two ways (day or month first) and the column does not say which, such as 05/04/2023: Zoho CRM would read them in its one order, so they were left out of “Last contact” and kept as typed in “Description”: 2 (rows 2, 4)',
    );
    expect(text).toContain('such as 05/04/1985');
  });

  test('in Chinese', async () => {
    const text = await exportToZoho('zh-CN');
    expect(text).toContain(
      '“Last contact”有 2 个日期有两种读法（日在前或月在前，如 05/04/2023，第 2、4 行），该列其他日期也无法判断：Zoho CRM 会按同一种顺序读取，因此未写入“Last contact”，按原样写入“Description”。',
    );
  });
});
