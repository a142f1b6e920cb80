/**
 * Opens the tab a menu item asked for ("Check" opens the Check view). The shared App has no prop
 * for its first view, so this selects the tab the way a user would, once it is rendered.
 */
import { SIDEBAR_VIEWS, VIEW_ATTRIBUTE, type SidebarView } from '../server/protocol';

export function requestedView(root: Element): SidebarView | null {
  const view = root.getAttribute(VIEW_ATTRIBUTE);
  return (SIDEBAR_VIEWS as readonly string[]).includes(view ?? '') ? (view as SidebarView) : null;
}

/** Clicks the tab `tab-<view>` as soon as it exists (the App shows a spinner until the host answers). */
export function openView(root: Element, view: SidebarView): void {
  const click = (): boolean => {
    const tab = root.querySelector<HTMLElement>(`#tab-${view}`);
    if (!tab) return false;
    tab.click();
    return true;
  };
  if (click()) return;
  const observer = new MutationObserver(() => {
    if (click()) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
}
