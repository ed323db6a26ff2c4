import { describe, expect, it } from 'vitest';
import { classroomClean, classroomHarmful } from '../../../test/corpus/chat/classroom';
import { cleanCorpus, harmfulCorpus } from '../../../test/corpus/chat/corpus';
import { fold } from './chars';
import { samples, screenCovers } from './screen-proof';
import { screenPasses, templateLines } from './template-match';
import {
  EXCLUSION,
  GROOMING,
  GROOMING_FOLDED,
  HELP_REQUESTS,
  INSULT_FRAMES,
  INSULT_UNACCENTED,
  SELF_HARM,
  SELF_HARM_FOLDED,
  SHUNNING,
  THREATS,
  type Template,
} from './templates';
import { analyze } from './tokenize';

const LISTS: [string, Template[]][] = [
  ['THREATS', THREATS],
  ['SELF_HARM', SELF_HARM],
  ['SELF_HARM_FOLDED', SELF_HARM_FOLDED],
  ['GROOMING', GROOMING],
  ['GROOMING_FOLDED', GROOMING_FOLDED],
  ['EXCLUSION', EXCLUSION],
  ['INSULT_FRAMES', INSULT_FRAMES],
  ['INSULT_UNACCENTED', INSULT_UNACCENTED],
  ['HELP_REQUESTS', HELP_REQUESTS],
  ['SHUNNING', SHUNNING],
];
const ALL = LISTS.flatMap(([name, list]) => list.map((t, i): [string, Template] => [`${name}[${i}] ${t.id}`, t]));

/** What the screen index credits: a whole-token phrase in the line the template reads. */
function credit(t: Template): (phrase: string) => boolean {
  const acc = new Set(t.hint.acc);
  const folded = new Set(t.hint.fold);
  // The diacritics-free line is the accented one folded word by word, so a folded screen word holds too.
  return t.view === 'acc' ? (p) => acc.has(p) || folded.has(fold(p)) : (p) => folded.has(p);
}

function holdsScreenWord(text: string, t: Template): boolean {
  const ok = credit(t);
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    for (let j = i; j < words.length; j++) if (ok(words.slice(i, j + 1).join(' '))) return true;
  }
  return false;
}

/** The tuning corpora (never a holdout line), as the templates read them. */
function tuningLines(): { text: string; lines: ReturnType<typeof templateLines> }[] {
  const texts = [
    ...cleanCorpus()
      .filter((l) => l.section !== 'holdout')
      .map((l) => l.text),
    ...harmfulCorpus().map((l) => l.text),
    ...classroomClean()
      .filter((l) => !l.holdout)
      .map((l) => l.text),
    ...classroomHarmful()
      .filter((l) => !l.holdout)
      .map((l) => l.text),
  ];
  return texts.flatMap((text) => {
    const { tokens } = analyze(text);
    if (!tokens.length) return [];
    return [{ text, lines: templateLines(tokens) }];
  });
}

describe('template screens: a template is skipped only on a line it cannot match', () => {
  it('screen words are whole tokens as the lines hold them', () => {
    for (const [name, t] of ALL) {
      for (const w of [...t.hint.acc, ...t.hint.fold]) expect(w, name).toMatch(/^[^ A-Z]+(?: [^ A-Z]+)*$/u);
      for (const w of t.hint.fold) expect(w, name).toBe(fold(w));
    }
  });

  it('a screen phrase passes only as whole words in a row', () => {
    const [, t] = ALL.find(([, t]) => t.hint.acc.includes('phòng riêng'))!;
    const on = (text: string) => screenPasses(t, templateLines(analyze(text).tokens));
    expect(on('vào phòng riêng với anh nhé')).toBe(true);
    expect(on('phòng học riêng của lớp')).toBe(false);
    expect(on('phòng riêngg')).toBe(false);
  });

  it.each(ALL)('%s: every match of the regex holds a word of its screen', (_, t) => {
    // Drawn matches first: a failing one names a phrase the screen lacks.
    const missed = samples(t.re.source, 300).filter((s) => !holdsScreenWord(s, t));
    expect(missed.slice(0, 5)).toEqual([]);
    // Then the proof over the regex's structure, for the matches no draw reached.
    expect(screenCovers(t.re.source, credit(t)), t.re.source).toBe(true);
  });

  it('every tuning line a template matches passes that template’s screen', () => {
    const failures: string[] = [];
    for (const { text, lines } of tuningLines()) {
      for (const [name, t] of ALL) {
        const line = t.view === 'acc' ? lines.acc : lines.fold;
        const matched = [...line.text.matchAll(t.re)].some((m) => m[0].length > 0);
        if (!matched) continue;
        if (!screenPasses(t, lines)) failures.push(`${name}: ${text}`);
      }
    }
    expect(failures).toEqual([]);
  }, 30_000); // every line of a growing corpus through every template: slow on a loaded machine
});
