/** The hostile corpus (hostile.json, written by build.ts), with repeated entries expanded. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HostileEntry } from './build';

export interface HostileText {
  category: string;
  text: string;
}

export function hostileCorpus(): { names: HostileText[]; messages: HostileText[] } {
  const list = JSON.parse(readFileSync(path.join(import.meta.dirname, 'hostile.json'), 'utf8')) as HostileEntry[];
  const expand = (e: HostileEntry): HostileText => ({ category: e.category, text: e.times ? e.text.repeat(e.times) : e.text });
  return { names: list.filter((e) => e.kind === 'name').map(expand), messages: list.filter((e) => e.kind === 'message').map(expand) };
}
