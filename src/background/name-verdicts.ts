/**
 * Display names, classified in the worker (as chat is, chat-monitor.ts): in the content script the
 * classifier's lexicon and the code it compiles sat in every meeting page's heap (~1 MB of V8 heap on
 * a 1,000-person page, a quarter of what we add there). A meeting tab asks once per new name
 * ('names.classify'); the participant guard applies the verdict when it comes (name-checks.ts).
 */
import { createChatGuard } from '../detect/chat';
import type { Finding } from '../shared/model';
import { settingsDerived } from './settings-store';
import { recordDiagnostic } from './event-log';

// The teacher's word lists apply to the next name asked about (a meeting tab starts a fresh cache
// when it hears of the change: settings-broadcast.ts).
// A name the classifier throws on gets no verdict, and the failure is told once a worker.
let told = false;
const classifier = settingsDerived((settings) =>
  createChatGuard(
    {
      blockedWords: settings.chat.blockedWords,
      allowedWords: settings.chat.allowedWords,
      schoolDomains: settings.chat.schoolDomains,
    },
    (detector, name, err) => {
      if (told) return;
      told = true;
      void recordDiagnostic({
        kind: 'detector.failed',
        detail: `${detector} threw on a name starting ${JSON.stringify(name.slice(0, 32))}: ${String(err)}`.slice(
          0,
          500,
        ),
      });
    },
  ),
);

export async function classifyNames(names: readonly string[]): Promise<Finding[][]> {
  const guard = await classifier();
  return names.map((name) => guard.classifyName(name));
}
