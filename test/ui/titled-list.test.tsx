/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../shared/ui/App';
import { findSheet } from '../../shared/plan/apply-plan';
import type { SheetSnapshot } from '../../shared/sheet/snapshot';
import { makeHost } from './helpers';
import { zhSheet } from './insights-fixtures';

/** The insights fixture's four customers under a title and a line of who made the list, as regions hand them over. */
function titledSheet(): SheetSnapshot {
  const sheet = zhSheet();
  const width = sheet.values[0]!.length;
  const line = (text: string) => [text, ...Array<null>(width - 1).fill(null)];
  return { ...sheet, values: [line('2024年华东区客户名单'), line('制表人：何静'), ...sheet.values] };
}

async function openTab(tab: string, button: string) {
  const host = makeHost(titledSheet(), { environment: { locale: 'zh-CN', theme: 'light' } });
  render(<App host={host} />);
  fireEvent.click(await screen.findByRole('tab', { name: tab }));
  fireEvent.click(screen.getByRole('button', { name: button }));
  return host;
}

const NOTE = '表头在第 3 行，上方的第 1–2 行是标题，不算客户；行号与工作表一致。';

describe('the sidebar on a list under a title', () => {
  test('Insights reads the list from its header: four customers, not the title and the header; changes wait for Set up', async () => {
    await openTab('分析', '查看分析');
    await screen.findByTestId('quality-gauge');
    expect(screen.getByText(/^4 位客户/)).toBeTruthy();
    expect(screen.getByText(NOTE)).toBeTruthy();
    // The stale list keeps the sheet's row numbers; the review waits until the header is row 1.
    expect(screen.getAllByText('要修改这些行，请先把表头移到第 1 行（设置 → 把表头移到第 1 行）。').length).toBe(2);
    expect(screen.queryByRole('button', { name: '建议客户类型' })).toBeNull();
  });

  test('Export writes the four customers, not the title or the header', async () => {
    const host = await openTab('导出', '写入导出表');
    await screen.findByText(NOTE);
    const sheet = host.state().workbook.sheets.find((s) => s.name !== '客户' && !s.hidden)!;
    const values = findSheet(host.state().workbook, sheet.name)!.values;
    expect(values.length).toBe(5);
    expect(
      values.slice(1).map((row) => row.find((v) => v === '张伟' || v === '李娜' || v === '王芳' || v === '赵磊')),
    ).toEqual(['张伟', '李娜', '王芳', '赵磊']);
  });

  test('Duplicates says the header must be row 1 first and points at Set up, merging nothing', async () => {
    const host = await openTab('重复', '查找重复');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /表头看起来在第 3 行.*也可以在“设置”里点“把表头移到第 1 行”，撤销即可放回标题。$/,
      ),
    );
    expect(host.state().workbook.sheets[0]!.values[0]![0]).toBe('2024年华东区客户名单');
  });
});
