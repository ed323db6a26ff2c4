/**
 * Chrome does not run an extension's content scripts in tabs that were open before it was installed,
 * updated or reloaded. Inject them into open meeting tabs so a class continues in the same session.
 */
import { recordDiagnostic } from './event-log';
import { manifestContentScripts } from '../browser/runtime';
import { injectFiles, runInTab } from '../browser/scripting';
import { sendToTab, tabsMatching } from '../browser/tabs';

export async function reinjectContentScripts(reason: string): Promise<void> {
  // Pages that loaded before this worker started were open before this version of the extension:
  // Chrome starts it for onInstalled right after loading the extension. Not the time of this call,
  // which comes later: a page opened in between gets its own copy of the script and is a fresh load.
  const installedAt = performance.timeOrigin;
  const scripts = manifestContentScripts();
  for (const cs of scripts) {
    if (!cs.js?.length || !cs.matches?.length) continue;
    const tabs = await tabsMatching(cs.matches);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      // A tab that loaded after the install already runs our script: a second copy would race it.
      const alive = await sendToTab(tab.id, { type: 'ping' }).then(
        (r) => r?.ok === true,
        () => false,
      );
      if (alive) continue;
      try {
        const target = { tabId: tab.id, allFrames: cs.all_frames ?? false };
        // Tell the script it may arrive mid-meeting: its log entry says 'reattached' if the page is older
        // than the install or update. A page that was still loading (its own copy of the script not
        // started yet) is a fresh load. Same isolated world as the script.
        await runInTab(
          target,
          (at: number) => void ((globalThis as Record<string, unknown>)['__classGuardReinjected'] = at),
          [installedAt],
        );
        await injectFiles(target, cs.js);
        await recordDiagnostic({ kind: 'content.reinjected', detail: `${reason}: tab ${tab.id}` });
      } catch (err) {
        // A tab showing an error page or still loading: its content script will arrive with the page.
        await recordDiagnostic({
          kind: 'error',
          detail: `reinject into tab ${tab.id} failed: ${String(err)}`.slice(0, 300),
        });
      }
    }
  }
}
