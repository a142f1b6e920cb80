/**
 * The "Custodian" menu and the sidebar. The core runs in the sidebar, so every menu item opens it,
 * on the view the item names (written into Sidebar.html's root element as `data-view`). The menu speaks the
 * user's language (Session.getActiveUserLocale, the same reading as the sidebar's environment).
 */
import { toLocale, type Locale } from '../../shared/i18n/locale';
import { enUS, type UiKey } from '../../shared/ui/i18n/en-US';
import { zhCN } from '../../shared/ui/i18n/zh-CN';
import { SIDEBAR_ROOT, VIEW_ATTRIBUTE, type SidebarView } from './protocol';

export const MENU_TITLE = 'Custodian';
export const SIDEBAR_TITLE = 'Custodian';

/** Menu items: the label's key in the sidebar's catalogue and the top-level function it calls (an export of index.ts). */
export const MENU_ITEMS: ReadonlyArray<readonly [UiKey, string]> = [
  ['menu.open', 'showSidebar'],
  ['menu.setup', 'openSetup'],
  ['menu.check', 'openCheck'],
  ['menu.clean', 'openClean'],
  ['menu.duplicates', 'openDuplicates'],
];

/** The user's language; English when Apps Script cannot say (onOpen may run without authorisation). */
function userLocale(): Locale {
  try {
    return toLocale(Session.getActiveUserLocale());
  } catch {
    return 'en-US';
  }
}

export function addMenu(): void {
  const strings = userLocale() === 'zh-CN' ? zhCN : enUS;
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  MENU_ITEMS.forEach(([key, functionName], index) => {
    menu.addItem(strings[key], functionName);
    if (index === 0) menu.addSeparator();
  });
  menu.addToUi();
}

export function openSidebar(view?: SidebarView): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  if (view) {
    const content = html.getContent();
    html.setContent(
      content.replace(SIDEBAR_ROOT, SIDEBAR_ROOT.replace(`${VIEW_ATTRIBUTE}=""`, `${VIEW_ATTRIBUTE}="${view}"`)),
    );
  }
  SpreadsheetApp.getUi().showSidebar(html);
}
