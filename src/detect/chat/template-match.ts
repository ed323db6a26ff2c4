/** Sentence templates (threats, self-harm, grooming cues) run over the message's canonical line. */
import { fold, isAscii } from './chars';
import type { Hit } from './lexicon-match';
import {
  ACCENTED_IDIOM,
  EXCLUSION,
  GROOMING,
  GROOMING_FOLDED,
  HELP_REQUESTS,
  INSULT_FRAMES,
  INSULT_UNACCENTED,
  SHUNNING,
  IDIOMS,
  REPORTED,
  SELF_HARM,
  SELF_HARM_FOLDED,
  THREATS,
  type Template,
} from './templates';
import {
  aboutSchoolwork,
  answersOwnQuestion,
  groupScoped,
  noChildAddressed,
  selfHarmTalkedAbout,
} from './context-lesson';
import { withoutSoftClose } from './edges';
import { screenIndex } from './screen-index';
import type { Token } from './tokenize';

export interface Line {
  text: string;
  /** Offset of each token in text (tokens joined by single spaces). */
  starts: number[];
}

function buildLine(tokens: Token[], pick: (t: Token, i: number) => string): Line {
  const starts: number[] = [];
  let text = '';
  for (let i = 0; i < tokens.length; i++) {
    if (i) text += ' ';
    starts.push(text.length);
    text += pick(tokens[i]!, i);
  }
  return { text, starts };
}

/** The token holding character `at` of the line (binary search over token starts). */
function tokenAt(line: Line, at: number): number {
  let lo = 0;
  let hi = line.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (line.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function tokenRange(line: Line, start: number, end: number): [number, number] {
  return [tokenAt(line, start), tokenAt(line, Math.max(start, end - 1))];
}

export interface Lines {
  acc: Line;
  fold: Line;
  /** Which screens the lines pass, by SCREENS' numbering. */
  screened: Uint8Array;
}

const SCREENS = screenIndex([
  THREATS,
  SELF_HARM,
  SELF_HARM_FOLDED,
  GROOMING,
  GROOMING_FOLDED,
  EXCLUSION,
  INSULT_FRAMES,
  INSULT_UNACCENTED,
  HELP_REQUESTS,
  SHUNNING,
]);

function linesOf(acc: Line, fold: Line): Lines {
  return { acc, fold, screened: SCREENS.pass(acc.text, fold.text) };
}

/** Whether a template's screen lets it run on these lines. */
export function screenPasses(t: Template, lines: Lines): boolean {
  return lines.screened[SCREENS.screenOf(t)] === 1;
}

function templateHits(templates: Template[], lines: Lines, out: Hit[]): void {
  const screens = SCREENS.of(templates);
  for (let i = 0; i < templates.length; i++) {
    if (!lines.screened[screens[i]!]) continue;
    const tpl = templates[i]!;
    const line = tpl.view === 'acc' ? lines.acc : lines.fold;
    for (const m of line.text.matchAll(tpl.re)) {
      if (m[0].length === 0) continue;
      const [first, last] = tokenRange(line, m.index, m.index + m[0].length);
      out.push({
        cat: tpl.cat,
        sev: tpl.sev,
        tier: tpl.tier,
        ruleId: tpl.id,
        first,
        last,
        ...(tpl.family ? { family: tpl.family } : {}),
      });
    }
  }
}

// Idioms also read without diacritics ("met muon chet"), for a message typed wholly without them.
const IDIOMS_FOLDED = IDIOMS.filter((re) => re !== ACCENTED_IDIOM).map((re) => new RegExp(fold(re.source), re.flags));

function idiomRanges(lines: Lines, patterns: RegExp[]): [number, number][] {
  const out: [number, number][] = [];
  for (const re of patterns) {
    for (const line of [lines.acc, lines.fold]) {
      for (const m of line.text.matchAll(re)) out.push(tokenRange(line, m.index, m.index + m[0].length));
    }
  }
  return out;
}

// One half of "tự tử" / "tự sát" starred down to its first letter beside the other half ("tự t*",
// "t* tử"): the half it completes. No other word is read into a lone starred letter.
const STARRED_HALF = /^([ts])\*+$/;
function starredHalf(tokens: Token[], t: Token): string | null {
  const m = STARRED_HALF.exec(t.forms.acc);
  if (!m) return null;
  const i = tokens.indexOf(t);
  const prev = tokens[i - 1] && fold(tokens[i - 1]!.forms.canon);
  const next = tokens[i + 1] && fold(tokens[i + 1]!.forms.canon);
  if (prev === 'tu') return m[1] === 't' ? 'tử' : 'sát';
  return m[1] === 't' && (next === 'tu' || next === 'sat') ? 'tự' : null;
}

/** A message typed in Telex with the input method off ("tao seex gieets mayf") is read decoded. */
function canonReading(tokens: Token[]): (t: Token) => string {
  let telexWords = 0;
  for (const t of tokens) if (t.forms.strongTelex) telexWords++;
  const canon = telexWords >= 2 ? (t: Token) => t.forms.telexCanon ?? t.forms.canon : (t: Token) => t.forms.canon;
  if (!tokens.some((t) => t.forms.acc.endsWith('*'))) return canon;
  return (t: Token) => starredHalf(tokens, t) ?? canon(t);
}

/** The two lines the templates read: canonical words with diacritics and without. */
export function templateLines(tokens: Token[], canonOf = canonReading(tokens)): Lines {
  return linesOf(
    buildLine(tokens, canonOf),
    buildLine(tokens, (t) => fold(canonOf(t))),
  );
}

// Pronouns and particles keep their diacritics in a message typed without them ("a yeu bé", "chú dan e
// di choi nhé"): the phone's suggestion, or the one word the writer bothered with.
const KEPT_ACCENTED = new Set([
  ...['chú', 'bé', 'mình', 'cháu', 'tôi', 'tớ', 'bác', 'ông', 'bà', 'cậu', 'chị', 'mày', 'tụi', 'bọn'],
  ...['nhé', 'nhá', 'ạ', 'á', 'ơi', 'à', 'hả', 'nè', 'đó', 'đấy', 'nhỉ'],
]);

/** Typed without diacritics but for one word, or for its pronouns and particles. */
function mostlyUnaccented(tokens: Token[]): boolean {
  let accented = 0;
  let other = 0;
  for (const t of tokens) {
    if (isAscii(t.forms.acc)) continue;
    accented++;
    if (!KEPT_ACCENTED.has(t.forms.acc)) other++;
  }
  return other === 0
    ? tokens.length >= 3 && accented < tokens.length - 1
    : other === 1 && accented === 1 && tokens.length >= 4;
}

/** A meeting or photo cue about schoolwork (context-lesson.ts), read folded only in an unaccented message. */
function lessonCue(h: Hit, lines: Lines, mostly: boolean): boolean {
  return (
    aboutSchoolwork(h.family, lines.acc.text.slice(lines.acc.starts[h.last]), false) ||
    (mostly && aboutSchoolwork(h.family, lines.fold.text.slice(lines.fold.starts[h.last]), true))
  );
}

/** Template hits of a message with at least one token, idioms and reported speech taken into account. */
export function sentenceHits(tokens: Token[], hits: Hit[]): void {
  const canonOf = canonReading(tokens);
  const lines = templateLines(tokens, canonOf);
  const plain = withoutSoftClose(tokens);
  const insultLines = plain === tokens ? lines : templateLines(plain, canonOf);
  const said: Hit[] = [];
  templateHits(THREATS, lines, said);
  if (tokens.some((t, i) => t.forms.threatReading && i > 0 && !t.boundaryBefore)) {
    // A starred word read as the threat word it may hide ("tao đ*m mày"), only after a word of its
    // sentence (opening one, "đ*m mày" is the oath) and only if a threat's whole sentence fits.
    const threatOf = (t: Token, i: number) => (i > 0 && !t.boundaryBefore ? t.forms.threatReading : null) ?? canonOf(t);
    const alt = buildLine(tokens, threatOf);
    const altFold = buildLine(tokens, (t, i) => fold(threatOf(t, i)));
    templateHits(THREATS, linesOf(alt, altFold), said);
  }
  templateHits(SELF_HARM, lines, said);
  // A message typed wholly without diacritics also reads the accented templates folded (review tier);
  // so does one typed without them but for a word or its pronouns ("mình muon die qua"), for self-harm
  // and grooming.
  const unaccented = tokens.every((t) => isAscii(t.forms.acc));
  const mostly = unaccented || mostlyUnaccented(tokens);
  const folded: Hit[] = [];
  if (mostly) templateHits(SELF_HARM_FOLDED, lines, folded);
  if (folded.length) {
    // Folded idioms are broader ("chet that" is also chết thật, "oh dear"): they screen the folded reading only.
    const idioms = idiomRanges(lines, IDIOMS_FOLDED);
    for (const h of folded) if (!idioms.some(([a, b]) => h.first <= b && a <= h.last)) said.push(h);
  }
  if (said.length) {
    // "mệt muốn chết", "giết thời gian", "killing me": idioms, not threats or self-harm.
    const idioms = idiomRanges(lines, IDIOMS);
    const selfHarm = said.some((h) => h.cat === 'self-harm');
    const reported = selfHarm ? idiomRanges(lines, REPORTED) : [];
    const talkedAbout = selfHarm && selfHarmTalkedAbout(lines.acc.text, mostly ? lines.fold.text : null);
    for (const h of said) {
      if (idioms.some(([a, b]) => h.first <= b && a <= h.last)) continue;
      if (
        h.cat === 'self-harm' &&
        (talkedAbout ||
          reported.some(([a, b]) => h.first <= b && a <= h.last) ||
          groupScoped(lines.acc.text.slice(lines.acc.starts[h.last])))
      )
        h.tier = 'review';
      hits.push(h);
    }
  }
  const cues: Hit[] = [];
  templateHits(GROOMING, lines, cues);
  if (mostly) templateHits(GROOMING_FOLDED, lines, cues);
  const addressed = !noChildAddressed(lines.acc.text, mostly ? lines.fold.text : null);
  if (cues.length && addressed && !answersOwnQuestion(tokens))
    for (const h of cues) if (!lessonCue(h, lines, mostly)) hits.push(h);
  templateHits(EXCLUSION, insultLines, hits);
  templateHits(INSULT_FRAMES, insultLines, hits);
  if (unaccented) templateHits(INSULT_UNACCENTED, insultLines, hits);
  templateHits(HELP_REQUESTS, lines, hits);
  templateHits(SHUNNING, insultLines, hits);
}
