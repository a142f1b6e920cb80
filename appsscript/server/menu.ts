/**
 * The "Custodian" menu and the sidebar. The core runs in the sidebar, so every menu item opens it,
 * on the view the item names (written into Sidebar.html's root element as `data-view`).
 */
import { SIDEBAR_ROOT, VIEW_ATTRIBUTE, type SidebarView } from './protocol';

export const MENU_TITLE = 'Custodian';
export const SIDEBAR_TITLE = 'Custodian';

/** Menu items: label and the top-level function it calls (an export of index.ts). */
export const MENU_ITEMS: ReadonlyArray<readonly [string, string]> = [
  ['Open sidebar', 'showSidebar'],
  ['Set up template', 'openSetup'],
  ['Check', 'openCheck'],
  ['Clean', 'openClean'],
  ['Find duplicates', 'openDuplicates'],
];

export function addMenu(): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  MENU_ITEMS.forEach(([label, functionName], index) => {
    menu.addItem(label, functionName);
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
