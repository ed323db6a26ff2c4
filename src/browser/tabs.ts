import type { PageReplies, PageRequest, Reply } from '../common/protocol';

export type Tab = chrome.tabs.Tab;

/** `urlPatterns` are match patterns, as in the manifest. */
export function tabsMatching(urlPatterns: string[]): Promise<Tab[]> {
  return chrome.tabs.query({ url: urlPatterns });
}

export async function activeTab(): Promise<Tab | undefined> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export async function tabById(tabId: number): Promise<Tab | undefined> {
  return chrome.tabs.get(tabId).catch(() => undefined);
}

/** Rejects when no script there listens. */
export async function sendToTab<R extends PageRequest>(
  tabId: number,
  request: R,
): Promise<Reply<PageReplies[R['type']]> | undefined> {
  return (await chrome.tabs.sendMessage(tabId, request)) as Reply<PageReplies[R['type']]> | undefined;
}

export async function openTab(url: string): Promise<void> {
  await chrome.tabs.create({ url });
}

/** Brings the tab and its window to the front; false when the tab is gone. */
export async function focusTab(tabId: number): Promise<boolean> {
  try {
    const tab = await chrome.tabs.update(tabId, { active: true });
    if (tab?.windowId !== undefined) await chrome.windows.update(tab.windowId, { focused: true });
    return true;
  } catch {
    return false;
  }
}
