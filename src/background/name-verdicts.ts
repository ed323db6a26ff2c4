/**
 * Display names, classified in the worker (as chat is, chat-monitor.ts): in the content script the
 * classifier's lexicon and the code it compiles sat in every meeting page's heap (~1 MB of V8 heap on
 * a 1,000-person page, a quarter of what we add there). A meeting tab asks once per new name
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
