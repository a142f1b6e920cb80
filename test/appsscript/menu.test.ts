/** The Custodian menu in the built Apps Script project speaks the user's language (Session.getActiveUserLocale). */
import { buildGas, loadServer, readDist } from './gas-runtime';
import { createEmulator } from './emulator/services';
import { SHEET } from './fixtures';

let code = '';

beforeAll(() => {
  buildGas({ sidebar: false });
  code = readDist('Code.js');
});

function menuFor(userLocale: string) {
  const emulator = createEmulator({ userLocale });
  emulator.addSheet(SHEET, [['姓名']]);
  const server = loadServer(code, emulator);
  server.call('onOpen', { authMode: 'LIMITED' });
  const menu = emulator.menus[0]!;
  return { menu, server, items: menu.items.filter((i) => i !== 'separator') };
}

describe('menu', () => {
  test('speaks Chinese when the user works in zh_CN', () => {
    const { menu, server, items } = menuFor('zh_CN');
    expect(menu.title).toBe('Custodian');
    expect(items.map((i) => i.caption)).toEqual(['打开侧边栏', '设置模板', '检查', '清理', '查找重复']);
    for (const item of items) expect(server.has(item.functionName)).toBe(true);
  });

  test.each([
    ['en_US', 'an English user'],
    ['fr_FR', 'a language Custodian has no catalogue for'],
  ])('speaks English when the user locale is %s (%s)', (userLocale) => {
    const { items } = menuFor(userLocale);
    expect(items.map((i) => i.caption)).toEqual([
      'Open sidebar',
      'Set up template',
      'Check',
      'Clean',
      'Find duplicates',
    ]);
    expect(items.map((i) => i.functionName)).toEqual([
      'showSidebar',
      'openSetup',
      'openCheck',
      'openClean',
      'openDuplicates',
    ]);
  });
});
