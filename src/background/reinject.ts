/** Chrome does not run content scripts in tabs open before an install, update or reload. */
import { recordDiagnostic } from './event-log';
import { manifestContentScripts } from '../browser/runtime';
import { injectFiles, runInTab } from '../browser/scripting';
import { sendToTab, tabsMatching } from '../browser/tabs';

export async function reinjectContentScripts(reason: string): Promise<void> {
  // The worker's start, not this call's: a page opened in between runs its own copy of the script.
  const installedAt = performance.timeOrigin;
  const scripts = manifestContentScripts();
  for (const cs of scripts) {
    if (!cs.js?.length || !cs.matches?.length) continue;
    const tabs = await tabsMatching(cs.matches);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      // A second copy would race a live one.
      const alive = await sendToTab(tab.id, { type: 'ping' }).then(
        (r) => r?.ok === true,
        () => false,
      );
      if (alive) continue;
      try {
        const target = { tabId: tab.id, allFrames: cs.all_frames ?? false };
        // Lets the script log 'reattached' when the page is older than the install.
        await runInTab(
          target,
          (at: number) => void ((globalThis as Record<string, unknown>)['__classGuardReinjected'] = at),
          [installedAt],
        );
        await injectFiles(target, cs.js);
        await recordDiagnostic({ kind: 'content.reinjected', detail: `${reason}: tab ${tab.id}` });
      } catch (err) {
        await recordDiagnostic({
          kind: 'error',
          detail: `reinject into tab ${tab.id} failed: ${String(err)}`.slice(0, 300),
        });
      }
    }
  }
}
