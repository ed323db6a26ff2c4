/**
 * Display names, classified in the worker (as chat is, chat-monitor.ts): the classifier's lexicon and
 * the code it compiles take ~2 MB, which in the content script sat in every meeting page's heap and
 * lengthened each of the page's garbage collections. A meeting tab asks once per new name
 * ('names.classify'); the participant guard applies the verdict when it comes (name-checks.ts).
 */
import { createChatGuard, type ChatGuard } from '../detect/chat';
import type { Finding } from '../shared/model';
import { isSettingsChange } from '../shared/storage-keys';
import { loadSettings } from './settings-store';

let guard: Promise<ChatGuard> | null = null;

// The teacher's word lists apply to the next name asked about (a meeting tab starts a fresh cache
// when it hears of the change: settings-broadcast.ts).
chrome.storage.onChanged.addListener((changes, area) => {
  if (isSettingsChange(changes, area)) guard = null;
});

export async function classifyNames(names: readonly string[]): Promise<Finding[][]> {
  guard ??= loadSettings().then(({ settings }) =>
    createChatGuard({ blockedWords: settings.chat.blockedWords, allowedWords: settings.chat.allowedWords, schoolDomains: settings.chat.schoolDomains }),
  );
  const g = await guard.catch((err: unknown) => {
    guard = null;
    throw err;
  });
  return names.map((name) => g.classifyName(name));
}
