/**
 * Verdicts as in docs/detectors.md, "Name matching": the strictest test first, the first hit wins. A
 * disguised name is never better than approximate.
 */
import { givenNameTokens } from './name-order';
import { isDisguised, normalizeName, type NormalizedName } from './normalize-name';

export interface RosterEntryInput {
  name: string;
  aliases?: readonly string[];
}

export type MatchVerdict = 'known' | 'approximate' | 'unknown';
export type MatchNote =
  | 'order'
  | 'diacritics'
  | 'alias'
  | 'given-name'
  | 'partial'
  | 'extra-words'
  | 'spelling'
  | 'ambiguous'
  | 'disguised'
  | 'device'
  | 'empty';

export interface RosterMatch<E extends RosterEntryInput = RosterEntryInput> {
  verdict: MatchVerdict;
  /** Absent when unknown or ambiguous. */
  entry?: E;
  note?: MatchNote;
  detail?: string;
}

export interface RosterIndex<E extends RosterEntryInput = RosterEntryInput> {
  readonly entries: readonly E[];
  /** Normalized already, to normalize once per participant. */
  match(name: string | NormalizedName): RosterMatch<E>;
  /** Homonyms in one class are real. */
  countSameName(name: NormalizedName): number;
}

interface Hit {
  entry: number;
  alias: boolean;
}

const sortWords = (key: string): string => (key.includes(' ') ? key.split(' ').sort().join(' ') : key);

function push<K>(map: Map<K, Hit[]>, key: K, hit: Hit): void {
  const list = map.get(key);
  if (!list) map.set(key, [hit]);
  else if (!list.some((h) => h.entry === hit.entry)) list.push(hit);
}

/** Optimal string alignment distance, stopping past `max`. */
export function osaDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] ?? max + 1;
}

/** "Ngyuen" ~ "Nguyen", "Lin" ~ "Linh", but "Anh" is not "An". */
function closeWords(a: string, b: string): boolean {
  const len = Math.min(a.length, b.length);
  if (len < 3 || Math.max(a.length, b.length) < 4) return false;
  return osaDistance(a, b, len >= 7 ? 2 : 1) <= (len >= 7 ? 2 : 1);
}

/** Entries are referred to by their index in `entries`. */
interface RosterTables<E extends RosterEntryInput> {
  entries: readonly E[];
  exact: Map<string, Hit[]>;
  exactSorted: Map<string, Hit[]>;
  looseSorted: Map<string, Hit[]>;
  squashed: Map<string, Hit[]>;
  given: Map<string, number[]>;
  postings: Map<string, number[]>;
  entryTokens: Set<string>[];
  entryGiven: string[][];
  sameName: Map<string, number>;
  // A stamp per entry says "counted in this match": no allocation per match.
  counts: Uint16Array;
  stamps: Uint32Array;
  stamp: number;
}

function buildTables<E extends RosterEntryInput>(entries: readonly E[]): RosterTables<E> {
  const t: RosterTables<E> = {
    entries,
    exact: new Map(),
    exactSorted: new Map(),
    looseSorted: new Map(),
    squashed: new Map(),
    given: new Map(),
    postings: new Map(),
    entryTokens: [],
    entryGiven: [],
    sameName: new Map(),
    counts: new Uint16Array(entries.length),
    stamps: new Uint32Array(entries.length),
    stamp: 0,
  };
  entries.forEach((e, i) => addEntry(t, e, i));
  return t;
}

function addEntry<E extends RosterEntryInput>(t: RosterTables<E>, e: E, i: number): void {
  const main = normalizeName(e.name);
  const forms: [NormalizedName, boolean][] = [
    [main, false],
    ...(e.aliases ?? []).map((a): [NormalizedName, boolean] => [normalizeName(a), true]),
  ];
  for (const [form, alias] of forms) {
    if (form.looseKey === '') continue;
    push(t.exact, form.key, { entry: i, alias });
    push(t.exactSorted, sortWords(form.key), { entry: i, alias });
    push(t.looseSorted, sortWords(form.looseKey), { entry: i, alias });
    push(t.squashed, form.looseKey.replace(/ /g, ''), { entry: i, alias });
  }
  const loose = sortWords(main.looseKey);
  t.sameName.set(loose, (t.sameName.get(loose) ?? 0) + 1);
  const words = new Set(main.tokens);
  t.entryTokens.push(words);
  for (const w of words) {
    const list = t.postings.get(w);
    if (list) list.push(i);
    else t.postings.set(w, [i]);
  }
  const ends = givenNameTokens(main.tokens);
  t.entryGiven.push(ends);
  for (const w of ends) {
    const list = t.given.get(w);
    if (list) list.push(i);
    else t.given.set(w, [i]);
  }
}

function found<E extends RosterEntryInput>(
  t: RosterTables<E>,
  hits: readonly Hit[],
  verdict: MatchVerdict,
  note?: MatchNote,
): RosterMatch<E> {
  const first = hits[0];
  const entry = first === undefined ? undefined : t.entries[first.entry];
  if (new Set(hits.map((h) => h.entry)).size > 1 && verdict !== 'known')
    return { verdict: 'approximate', note: 'ambiguous' };
  const n = note ?? (first?.alias ? 'alias' : undefined);
  return { verdict, ...(entry ? { entry } : {}), ...(n ? { note: n } : {}) };
}

function one<E extends RosterEntryInput>(t: RosterTables<E>, list: readonly number[], note: MatchNote): RosterMatch<E> {
  const distinct = [...new Set(list)];
  const entry = distinct.length === 1 && distinct[0] !== undefined ? t.entries[distinct[0]] : undefined;
  return entry ? { verdict: 'approximate', entry, note } : { verdict: 'approximate', note: 'ambiguous' };
}

/** Counts are valid in `t.counts` until the next call. */
function countShared<E extends RosterEntryInput>(t: RosterTables<E>, nameWords: ReadonlySet<string>): number[] {
  t.stamp = (t.stamp + 1) >>> 0 || 1;
  const { counts, stamps, stamp } = t;
  const touched: number[] = [];
  for (const w of nameWords) {
    for (const i of t.postings.get(w) ?? []) {
      if (stamps[i] !== stamp) {
        stamps[i] = stamp;
        counts[i] = 0;
        touched.push(i);
      }
      counts[i] = (counts[i] ?? 0) + 1;
    }
  }
  return touched;
}

function wordRules<E extends RosterEntryInput>(t: RosterTables<E>, tokens: readonly string[]): RosterMatch<E> | null {
  const nameWords = new Set(tokens);
  if (nameWords.size === 1) {
    const list = t.given.get(tokens[0] ?? '');
    return list ? one(t, list, 'given-name') : null;
  }
  const touched = countShared(t, nameWords);
  const partial: number[] = [];
  const extra: number[] = [];
  const spelling: number[] = [];
  for (const i of touched) {
    const shared = t.counts[i] ?? 0;
    const words = t.entryTokens[i];
    if (!words) continue;
    if (shared === nameWords.size && shared < words.size) {
      if ((t.entryGiven[i] ?? []).some((g) => nameWords.has(g))) partial.push(i);
    } else if (shared === words.size && words.size >= 2 && nameWords.size - shared <= (words.size >= 3 ? 3 : 2)) {
      extra.push(i);
    } else if (shared === nameWords.size - 1 && words.size === nameWords.size) {
      const a = [...nameWords].find((w) => !words.has(w));
      const b = [...words].find((w) => !nameWords.has(w));
      if (a !== undefined && b !== undefined && closeWords(a, b)) spelling.push(i);
    }
  }
  if (partial.length) return one(t, partial, 'partial');
  if (extra.length) return one(t, extra, 'extra-words');
  if (spelling.length) return one(t, spelling, 'spelling');
  return null;
}

function matchName<E extends RosterEntryInput>(t: RosterTables<E>, input: string | NormalizedName): RosterMatch<E> {
  const n = typeof input === 'string' ? normalizeName(input) : input;
  if (n.looseKey === '') return { verdict: 'unknown', note: 'empty' };
  if (n.flags.device) {
    const owner = n.owner ? matchName(t, n.owner) : null;
    const detail = owner?.entry
      ? `owner "${n.owner}" ~ "${owner.entry.name}"`
      : n.owner
        ? `owner "${n.owner}"`
        : undefined;
    return { verdict: 'unknown', note: 'device', ...(detail ? { detail } : {}) };
  }
  const disguised = isDisguised(n.flags);
  const cap = (m: RosterMatch<E>): RosterMatch<E> =>
    disguised && m.verdict !== 'unknown'
      ? { verdict: 'approximate', ...(m.entry ? { entry: m.entry } : {}), note: 'disguised' }
      : m;

  const hit = t.exact.get(n.key);
  if (hit) return cap(found(t, hit, 'known'));
  const sorted = t.exactSorted.get(sortWords(n.key));
  if (sorted) return cap(found(t, sorted, 'known', sorted[0]?.alias ? 'alias' : 'order'));
  const loose = t.looseSorted.get(sortWords(n.looseKey));
  if (loose)
    return cap(
      found(
        t,
        loose,
        new Set(loose.map((h) => h.entry)).size > 1 ? 'approximate' : 'known',
        loose[0]?.alias ? 'alias' : 'diacritics',
      ),
    );
  const squash = t.squashed.get(n.looseKey.replace(/ /g, ''));
  if (squash) return cap(found(t, squash, 'approximate', 'spelling'));
  const words = wordRules(t, n.tokens);
  return words ? cap(words) : { verdict: 'unknown' };
}

export function createRosterIndex<E extends RosterEntryInput>(entries: readonly E[]): RosterIndex<E> {
  const tables = buildTables(entries);
  return {
    entries,
    match: (name) => matchName(tables, name),
    countSameName: (n) => tables.sameName.get(sortWords(n.looseKey)) ?? 0,
  };
}
