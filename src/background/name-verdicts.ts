/** In the worker, so the classifier's lexicon is not in every meeting tab's heap (docs/detectors.md). */
import { createChatGuard } from '../detect/chat';
import type { Finding } from '../common/model';
import { settingsDerived } from './settings-store';
import { recordDiagnostic } from './event-log';

// A name the classifier throws on gets no verdict; the failure is told once a worker.
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
