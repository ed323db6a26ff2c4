/** Stripping keeps at least one word. */
import { fold } from './unicode';
import { escapeRegExp } from '../regexp';
import data from './data/affixes.json';

const LABELS = new Set<string>(data.labels);

/**
 * Longest first, so no word is tried before a longer one it begins. Plain strings, not String.raw, so
 * the build can escape their letters to ASCII (vite.config.ts).
 */
const alternatives = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(escapeRegExp)
    .join('|');

const BRACKETED_TAIL = /\s*[([（【]([^()[\]（）【】]{1,40})[)\]）】]\s*$/u;
/** "10A1", "lớp 9A2", "12 C10". */
const CLASS_CODE = `(?:${alternatives(data.classWords)})?` + String.raw`\s*\d{1,2}\s?` + '[a-zđ]' + String.raw`\d{0,2}`;
const SEP = String.raw`[\s\-_.:|/,]`;
const TRAILING_CLASS = new RegExp(String.raw`(?:${SEP}+|\s*\()${CLASS_CODE}\)?$`, 'iu');
/** A second device or a list number: "An 2", "An (2)". */
const TRAILING_NUMBER = /(?:\s+#?|\s*\()\d{1,3}\)?$/u;

const PREFIXES: { kind: 'number' | 'class' | 'student' | 'title'; re: RegExp }[] = [
  { kind: 'number', re: /^(?:stt\s*)?\d{1,3}(?:\s*[.)\-_:,/]\s*|\s+(?=\p{L}))/iu },
  { kind: 'class', re: new RegExp(String.raw`^${CLASS_CODE}(?=${SEP})${SEP}+`, 'iu') },
  {
    kind: 'student',
    re: new RegExp(`^(?:${alternatives(data.studentWords)})` + String.raw`\.?(?=${SEP})${SEP}+`, 'iu'),
  },
  { kind: 'title', re: new RegExp(`^(?:${alternatives(data.titles)})` + String.raw`\.?(?=${SEP})${SEP}+`, 'iu') },
];

const HAS_LETTER = /\p{L}/u;

export interface AffixResult {
  core: string;
  /** Folded. */
  labels: string[];
  /** As written. */
  title: string | null;
}

/** `text` must already be free of invisible characters with spaces collapsed. */
export function stripAffixes(text: string): AffixResult {
  let core = text;
  const labels: string[] = [];
  let title: string | null = null;
  const keep = (next: string): boolean => HAS_LETTER.test(next);

  for (let i = 0; i < 4; i++) {
    const m = BRACKETED_TAIL.exec(core);
    if (!m) break;
    const parts = (m[1] ?? '').split(/[,;/]/).map(fold);
    const before = core.slice(0, m.index);
    if (parts.every((p) => LABELS.has(p)) && keep(before)) {
      labels.push(...parts);
      core = before;
    } else break;
  }
  for (const re of [TRAILING_CLASS, TRAILING_NUMBER]) {
    const next = core.replace(re, '');
    if (next !== core && keep(next)) core = next;
  }
  for (let i = 0; i < PREFIXES.length; i++) {
    let changed = false;
    for (const { kind, re } of PREFIXES) {
      const m = re.exec(core);
      if (!m) continue;
      const next = core.slice(m[0].length);
      if (!keep(next)) continue;
      if (kind === 'title') title = m[0].replace(/[\s\-_.:|/,]+$/u, '');
      core = next;
      changed = true;
    }
    if (!changed) break;
  }
  return { core: core.replace(/^[\s\-_.:|/,]+|[\s\-_.:|/,]+$/gu, ''), labels, title };
}
