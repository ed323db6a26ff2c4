/**
 * When the settings in force change (the options page, a "Not harmful" click in the report, "everyone
 * here now is my class", a new managed policy), the worker tells every open meeting tab to fetch its
 * class configuration again (its chat guards follow the same change: chat-findings.ts).
 *
 * Content scripts do not listen to storage.onChanged themselves: that event carries every
 * change to storage.local, and each content script's outbox writes its batches there, so every
 * meeting tab would be handed every batch of every tab (~12 KB at a time, each costing the page's
 * main thread a deserialization) to learn about the rare settings change.
 */
import { onSettingsChanged } from './settings-store';
import { manifestContentScripts } from '../browser/runtime';
import { sendToTab, tabsMatching } from '../browser/tabs';

/** Sends `settings.changed` to every frame of every tab our content scripts match; tabs without a live script ignore it. */
async function broadcastSettingsChanged(): Promise<void> {
  const patterns = manifestContentScripts().flatMap((cs) => cs.matches ?? []);
  if (patterns.length === 0) return;
  const tabs = await tabsMatching(patterns);
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined || tab.discarded
        ? undefined
        : sendToTab(tab.id, { type: 'settings.changed' }).catch(() => undefined),
    ),
  );
}

onSettingsChanged(() => void broadcastSettingsChanged());
