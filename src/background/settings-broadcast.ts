/**
 * Content scripts do not listen to storage.onChanged themselves: every tab would be handed every
 * tab's outbox chunks to learn about the rare settings change.
 */
import { onSettingsChanged } from './settings-store';
import { manifestContentScripts } from '../browser/runtime';
import { sendToTab, tabsMatching } from '../browser/tabs';

/** Tabs without a live script ignore it. */
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
