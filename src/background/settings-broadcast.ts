/**
 * When the settings in force change (the options page, a "Not harmful" click in the report, "everyone
 * here now is my class", a new managed policy), the worker tells every open meeting tab to fetch its
 * class configuration again (its chat guards follow the same change: chat-findings.ts).
 *
 * Content scripts do not listen to chrome.storage.onChanged themselves: that event carries every
 * change to storage.local, and each content script's outbox writes its batches there, so every
 * meeting tab would be handed every batch of every tab (~12 KB at a time, each costing the page's
 * main thread a deserialization) to learn about the rare settings change.
 */
import { onSettingsChanged } from './settings-store';
import type { PageRequest } from '../content/page-requests';

/** Sends `settings.changed` to every frame of every tab our content scripts match; tabs without a live script ignore it. */
async function broadcastSettingsChanged(): Promise<void> {
  const patterns = (chrome.runtime.getManifest().content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
  if (patterns.length === 0) return;
  const tabs = await chrome.tabs.query({ url: patterns });
  const msg: PageRequest = { type: 'settings.changed' };
  await Promise.all(tabs.map((tab) => (tab.id === undefined || tab.discarded ? undefined : chrome.tabs.sendMessage(tab.id, msg).catch(() => undefined))));
}

onSettingsChanged(() => void broadcastSettingsChanged());
