/** Browser tabs: finding meeting tabs, asking their content scripts, opening extension pages. */
import type { PageReplies, PageRequest, Reply } from '../shared/protocol';

export type Tab = chrome.tabs.Tab;

/** Tabs whose URL matches one of `urlPatterns` (match patterns, as in the manifest). */
export function tabsMatching(urlPatterns: string[]): Promise<Tab[]> {
  return chrome.tabs.query({ url: urlPatterns });
}

/** The tab the user is looking at in the current window, if any. */
export async function activeTab(): Promise<Tab | undefined> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Sends a request to the content scripts of a tab. Rejects when no script there listens. */
export async function sendToTab<R extends PageRequest>(
  tabId: number,
  request: R,
): Promise<Reply<PageReplies[R['type']]> | undefined> {
  return (await chrome.tabs.sendMessage(tabId, request)) as Reply<PageReplies[R['type']]> | undefined;
}

export async function openTab(url: string): Promise<void> {
  await chrome.tabs.create({ url });
}
