/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../shared/ui/App';
import type { Locale } from '../../shared/i18n/locale';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { makeHost } from './helpers';

const WORDS = {
  'zh-CN': { tab: '分析', run: '查看分析' },
  'en-US': { tab: 'Insights', run: 'Show insights' },
} as const;

async function qualityBars(snapshot: SheetSnapshot, locale: Locale) {
  render(<App host={makeHost(snapshot, { environment: { locale, theme: 'light' } })} />);
  fireEvent.click(await screen.findByRole('tab', { name: WORDS[locale].tab }));
  fireEvent.click(screen.getByRole('button', { name: WORDS[locale].run }));
  await screen.findByTestId('quality-gauge');
  return within(screen.getByTestId('quality-fields'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
}

/** A 抖店 export's buyers kept in a 客户台账 with a landline column: masked mobiles, a landline a digit short. */
const ZH: SheetSnapshot = {
  name: '客户',
  values: [
    ['收货人', '手机', '座机', '省'],
    ['苏海思', '19166665458', '0571-87654321', '安徽省'],
    ['彭**', '189****6222', '0571-7826462', '河南省'],
    ['刘**', '139****3842', null, '上海市'],
  ],
};

const EN: SheetSnapshot = {
  name: 'Customers',
  values: [
    ['First Name', 'Last Name', 'Phone', 'Mobile'],
    ['Mary', 'Smith', '+1 415 555 0134', '(415) 555-0199'],
    ['John', 'Doe', '(415) ***-0135', '555-01'],
  ],
};

describe('InsightsView quality columns', () => {
  test('shows the landline beside the mobile and the masked mobiles apart, in Chinese', async () => {
    const bars = await qualityBars(ZH, 'zh-CN');
    expect(bars).toContain('手机已填 3，有效 3，脱敏 2');
    expect(bars).toContain('座机已填 2，有效 1');
  });

  test('shows the mobile beside the phone and the masked phone apart, in English', async () => {
    const bars = await qualityBars(EN, 'en-US');
    expect(bars).toContain('Phone2 valid of 2 filled, 1 masked');
    expect(bars).toContain('Mobile1 valid of 2 filled');
  });
});
