/**
 * Display names, classified in the worker (as chat is, chat-monitor.ts): the classifier's lexicon and
 * the code it compiles take ~2 MB, which in the content script sat in every meeting page's heap and
 * lengthened each of the page's garbage collections. A meeting tab asks once per new name
 * ('names.classify'); the participant guard applies the verdict when it comes (name-checks.ts).
 */
import { createChatGuard } from '../detect/chat';
import type { Finding } from '../shared/model';
import { settingsDerived } from './settings-store';

// The teacher's word lists apply to the next name asked about (a meeting tab starts a fresh cache
// when it hears of the change: settings-broadcast.ts).
const classifier = settingsDerived((settings) =>
  createChatGuard({ blockedWords: settings.chat.blockedWords, allowedWords: settings.chat.allowedWords, schoolDomains: settings.chat.schoolDomains }),
);

export async function classifyNames(names: readonly string[]): Promise<Finding[][]> {
  const guard = await classifier();
  return names.map((name) => guard.classifyName(name));
}
