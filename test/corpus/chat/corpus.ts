/** Loads the team-written chat corpus: clean.txt + generated clean messages, and harmful.txt. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChatCategory } from '../../../src/detect/chat';
import { generatedClean } from './generate';

const dir = import.meta.dirname;

export interface CleanLine {
  text: string;
  section: string;
}
export interface HarmfulLine {
  category: ChatCategory;
  /** With [brackets] around the offending words. */
  marked: string;
  text: string;
}

function lines(file: string): { text: string; section: string }[] {
  const out: { text: string; section: string }[] = [];
  let section = '';
  for (const raw of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('## ')) section = line.slice(3).trim();
    if (!line.trim() || line.startsWith('#')) continue;
    out.push({ text: line, section });
  }
  return out;
}

export function cleanCorpus(): CleanLine[] {
  return [...lines('clean.txt'), ...generatedClean().map((text) => ({ text, section: 'generated' }))];
}

export function harmfulCorpus(): HarmfulLine[] {
  return lines('harmful.txt').map(({ text }) => {
    const tab = text.indexOf('\t');
    const marked = text.slice(tab + 1);
    return { category: text.slice(0, tab) as ChatCategory, marked, text: marked.replace(/\[([^\]]+)\]/g, '$1') };
  });
}
