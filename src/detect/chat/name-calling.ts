/**
 * Name-calling with an obscene or hateful word: "thằng lồn", "đồ óc lợn", "stupid bitch", "thang bede".
 * The word is then used as a name for someone, so beside the profanity or slur it is an insult: a
 * person word or an insulting adjective right before it, and nothing after it but the end of the
 * sentence, a pointing word or a particle ("thằng lồn kia", "con đĩ à"). "thằng đó đéo biết gì" (the
 * word goes on into a sentence) is not name-calling; a group called by a slur ("bọn …") is hate alone.
 */
import { fold } from './chars';
import { ANIMALS } from './context-lesson';
import { LEXICON } from './lexicon-index';
import type { Hit } from './lexicon-match';
import type { Token } from './tokenize';

const CALLERS = new Set([
  ...['thằng', 'thang', 'thg', 'tk', 'con', 'đồ', 'do', 'đứa', 'dua'],
  ...['mày', 'may', 'm', 'mi', 'you', 'u', 'ya', 'ur'],
  ...['stupid', 'dumb', 'fat', 'ugly', 'little', 'silly', 'dirty', 'lazy', 'fucking'],
]);
const AFTER = new Set([
  ...['kia', 'này', 'nay', 'đó', 'do', 'đấy', 'day', 'ấy', 'à', 'a', 'ạ', 'hả', 'ha', 'ơi', 'oi', 'ê', 'e'],
  ...['thế', 'the', 'vậy', 'vay', 'đi', 'di', 'lol', 'haha', 'kìa', 'kia'],
]);

function ends(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.boundaryBefore || ',.!?;'.includes(tokens[last]!.next || ' ')) return true;
  return AFTER.has(next.forms.acc) && (!tokens[last + 2] || tokens[last + 2]!.boundaryBefore);
}

export function nameCallingHits(tokens: Token[], hits: Hit[]): void {
  const n = hits.length;
  for (let h = 0; h < n; h++) {
    const hit = hits[h]!;
    if ((hit.cat !== 'profanity' && hit.cat !== 'hate') || hit.tier !== 'alert' || hit.first === 0) continue;
    const before = tokens[hit.first - 1]!;
    if (tokens[hit.first]!.boundaryBefore || !CALLERS.has(before.forms.acc)) continue;
    if (!ends(tokens, hit.last)) continue;
    hits.push({
      cat: 'insult',
      sev: 2,
      tier: 'alert',
      ruleId: 'chat.insult.name-calling',
      first: hit.first - 1,
      last: hit.last,
    });
  }
}

// Typed without diacritics, a namer opening a short message and an insulting word after it make a
// nickname whatever the word's accents were ("thang dan kia", "do than kinh", "con map"): the namer
// decides that a person is meant. After "con", an animal is the animal ("con bo").
const NAMERS_FOLDED = new Set(['thang', 'thg', 'tk', 'do', 'con']);
const AIMED_FOLDED = new Set(['may', 'm', 'mi']);
const LINKS_FOLDED = new Set(['la', 'dung la', 'chi la', 'nhu']);
const LITTLE_FOLDED = new Set(['nho', 'be']);
const CLOSERS_FOLDED = new Set(['kia', 'nay', 'a', 'ha', 'oi', 'the', 'vay', 'day', 'do', 'ak', 'ah', 'z']);
const ANIMALS_FOLDED = new Set([...ANIMALS].map(fold));
const ORDINARY_FOLDED = new Set([
  'ban',
  'dien',
  'hoi',
  'lon',
  'bo',
  'cho',
  'ga',
  'khi',
  'do',
  'nguoi',
  'mat',
  'oc',
  'hen',
]);
let insultsFolded: Set<string> | null = null;

/** Accented insults and obscene words of the lexicon, by their spelling without diacritics. */
function foldedInsults(): Set<string> {
  if (insultsFolded) return insultsFolded;
  insultsFolded = new Set();
  for (const list of LEXICON.acc.values()) {
    for (const t of list) {
      if (t.cat === 'insult' || (t.cat === 'profanity' && t.mode === 'strong' && t.sev >= 2))
        insultsFolded.add(fold(t.words.join(' ')));
    }
  }
  return insultsFolded;
}

/** [first word after the namer, index of the namer], or null: "may la do …", "thang …", "do …". */
function namerAt(words: string[]): [number, number] | null {
  let k = 0;
  if (AIMED_FOLDED.has(words[0]!)) {
    k = 1;
    if (LINKS_FOLDED.has(words[1] ?? '')) k = 2;
    else if (LINKS_FOLDED.has(`${words[1]} ${words[2]}`)) k = 3;
  }
  if (!NAMERS_FOLDED.has(words[k] ?? '')) return null;
  // "con nho xau xi", "thang be lun": the namer with its "little".
  return LITTLE_FOLDED.has(words[k + 1] ?? '') && words.length > k + 2 ? [k + 2, k] : [k + 1, k];
}

export function foldedNicknameHits(tokens: Token[], hits: Hit[]): void {
  const words = tokens.map((t) => t.forms.acc);
  const at = namerAt(words);
  if (!at || tokens.some((t, i) => i > 0 && t.boundaryBefore)) return;
  const [first, namer] = at;
  const end = CLOSERS_FOLDED.has(words.at(-1)!) && words.length - first > 1 ? words.length - 1 : words.length;
  const name = words.slice(first, end).join(' ');
  const named = `${words[namer]} ${name}`;
  if (end - first < 1 || end - first > 3 || !(foldedInsults().has(name) || foldedInsults().has(named))) return;
  if (words[namer] === 'con' && end - first === 1 && ANIMALS_FOLDED.has(name)) return;
  // Unaccented, these are first other words: "do ban" (do bạn, because of you), "do dien" (điện);
  // after "thang" (thằng) they can only be said of a person ("thang hen", "thang lon").
  if (end - first === 1 && ORDINARY_FOLDED.has(name) && (words[namer] === 'do' || words[namer] === 'con')) return;
  hits.push({ cat: 'insult', sev: 2, tier: 'alert', ruleId: 'chat.insult.name-calling', first: namer, last: end - 1 });
}
