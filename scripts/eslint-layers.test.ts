/**
 * The layer rules in eslint.config.js, checked on code that breaks them: a wrong import or a browser
 * global in pure code must fail `npm run lint`.
 */
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('layers, as lint enforces them', () => {
  it.each([
    ['src/detect/chat/x.ts', "import { db } from '../../background/event-log';\nexport const x = db;\n"],
    ['src/detect/x.ts', "import { meet } from '../platforms/meet';\nexport const x = meet;\n"],
    ['src/common/x.ts', "import { classifyText } from '../detect/chat';\nexport const x = classifyText;\n"],
    ['src/common/names/x.ts', "import { Outbox } from '../../content/outbox';\nexport const x = Outbox;\n"],
    [
      'src/platforms/meet/x.ts',
      "import { createChatGuard } from '../../detect/chat';\nexport const x = createChatGuard;\n",
    ],
    ['src/content/x.ts', "import { appendEvents } from '../background/event-log';\nexport const x = appendEvents;\n"],
    ['src/background/x.ts', "import { Outbox } from '../content/outbox';\nexport const x = Outbox;\n"],
    [
      'src/background/x.ts',
      "import { createMeetAdapter } from '../platforms/meet/adapter';\nexport const x = createMeetAdapter;\n",
    ],
    [
      'src/ui/report/x.ts',
      "import { appendEvents } from '../../background/event-log';\nexport const x = appendEvents;\n",
    ],
  ])('%s: a wrong import fails', async (file, code) => {
    expect((await problems(file, code)).some((p) => p.startsWith('no-restricted-imports'))).toBe(true);
  });

  it.each([
    ['src/common/x.ts', 'export const id = () => chrome.runtime.id;\n'],
    ['src/common/names/x.ts', 'export const title = () => document.title;\n'],
    ['src/detect/chat/x.ts', 'export const w = () => window.innerWidth;\n'],
    ['src/detect/x.ts', 'export const b = () => browser.runtime.id;\n'],
  ])('%s: a browser global in pure code fails', async (file, code) => {
    expect((await problems(file, code)).some((p) => p.startsWith('no-restricted-globals'))).toBe(true);
  });

  it.each([
    ['src/content/x.ts', 'export const send = () => chrome.runtime.sendMessage({});\n'],
    ['src/background/x.ts', 'export const id = () => chrome.runtime.id;\n'],
    ['src/ui/x.ts', 'export const get = () => chrome.storage.local.get(null);\n'],
  ])('%s: an extension API called outside src/browser fails', async (file, code) => {
    expect((await problems(file, code)).some((p) => p.startsWith('no-restricted-globals'))).toBe(true);
  });

  it.each([
    [
      'src/content/panel/x.ts',
      "import { addToRoster } from '../../common/roster-add';\nexport const x = addToRoster;\n",
    ],
    [
      'src/platforms/zoom/x.ts',
      "import { settingsSchema } from '../../common/settings';\nexport const x = settingsSchema;\n",
    ],
    ['src/detect/x.ts', "import { z } from 'zod';\nexport const x = z.string();\n"],
  ])('%s: a schema (zod) in the meeting tab fails', async (file, code) => {
    expect((await problems(file, code)).some((p) => p.startsWith('@typescript-eslint/no-restricted-imports'))).toBe(
      true,
    );
  });

  it('the meeting tab may use the schema types', async () => {
    const code = "import type { ClassConfig } from '../common/classes';\nexport type X = ClassConfig;\n";
    expect(await problems('src/content/x.ts', code)).toEqual([]);
  });

  it('src/browser may call the extension APIs', async () => {
    expect(await problems('src/browser/x.ts', 'export const id = () => chrome.runtime.id;\n')).toEqual([]);
  });

  it.each([
    ['src/detect/chat/x.ts', "import type { Finding } from '../../common/model';\nexport type X = Finding;\n"],
    [
      'src/background/x.ts',
      "import { platformForUrl } from '../platforms/registry';\nexport const x = platformForUrl;\n",
    ],
    [
      'src/content/x.ts',
      "import { createChatGuard } from '../detect/chat';\nimport { meet } from '../platforms/meet';\nexport const x = [createChatGuard, meet];\n",
    ],
    ['src/platforms/zoom/x.ts', "import { isZoomUrl } from './detect';\nexport const x = isZoomUrl;\n"],
  ])('%s: an allowed import passes', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
