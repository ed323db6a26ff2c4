/**
 * classifyText: one message → verdicts. Stateless and pure.
 *
 *   analyze (normalize + tokens) ─┬─ lexicon: token forms → terms → mode (strong | target | voc | person | rule)
 *                                 ├─ templates on the canonical line (threat, self-harm, grooming), idioms removed
 *                                 ├─ links, invites, phones, e-mails (normalized text)
 *                                 └─ spam shape (one message)
 *   → teacher's blocked words added, allowed words removed → merged verdicts, spans in the original text
 *
 * The parts: lexicon-index.ts and lexicon-match.ts (words), context-rules.ts (targets, short forms),
 * template-match.ts, links.ts, spam-shape.ts, options.ts (teacher's words), verdicts.ts (assembly).
 */
import { messageCore, softlyClosed, withoutSoftClose } from './edges';
import { LEXICON } from './lexicon-index';
import { lexiconHits, type Hit } from './lexicon-match';
import { messageFacts } from './context-rules';
import { applyFrames } from './frames';
import { allowedRanges, compileOptions, type Compiled } from './options';
import { foldedNicknameHits, nameCallingHits } from './name-calling';
import { runTogetherHits } from './run-together';
import { spamShape } from './spam-shape';
import { sentenceHits } from './template-match';
import type { GroomingFamily } from './templates';
import { analyze, type Analysis } from './tokenize';
import type { ChatOptions, Verdict } from './types';
import { addLinkVerdicts, hitVerdicts, merge } from './verdicts';

export { addAllowed, compileOptions } from './options';
export { MAX_VERDICTS } from './verdicts';

export interface Classified {
  verdicts: Verdict[];
  /** Grooming cue families found in this message. */
  families: GroomingFamily[];
  analysis: Analysis;
}

/** The full result, for the stateful guard. */
export function classifyDetailed(text: string, opts?: ChatOptions | Compiled): Classified {
  const compiled = opts && 'blocked' in opts ? opts : compileOptions(opts);
  const analysis = analyze(typeof text === 'string' ? text : String(text));
  const hits = coreHits(analysis, compiled, false);
  // A closing "nha"/"nhé" after a word a rule wants to end the message ("vl nha", "đồ l nha"): read it
  // again without them. Both readings count; grooming cues read the particle in the first.
  if (softlyClosed(analysis.tokens)) hits.push(...coreHits(analysis, compiled, true));
  const allowed = compiled.allowed.length ? allowedRanges(compiled.allowed, analysis.tokens) : [];
  const { verdicts, families } = hitVerdicts(hits, analysis, allowed);
  addLinkVerdicts(verdicts, analysis, compiled, allowed);
  const spam = spamShape(analysis);
  if (spam) verdicts.push(spam);
  return { verdicts: merge(verdicts), families: [...families], analysis };
}

/** The hits of a message's words, placed in the whole message (`soft`: without a closing "nha"). */
function coreHits(analysis: Analysis, compiled: Compiled, soft: boolean): Hit[] {
  const { from, core: tokens, mention } = messageCore(analysis.tokens, soft);
  const hits: Hit[] = [];
  const msg = messageFacts(tokens, analysis.text, mention);
  // Read again without its closing words, a message's words change only near its end: the lexicon
  // looks at the last few (a phrase of up to four words ending there), the templates at the whole line.
  const start = soft ? Math.max(0, tokens.length - 4) : 0;
  lexiconHits(msg, LEXICON, hits, start);
  if (compiled.blocked.acc.size || compiled.blocked.fold.size) lexiconHits(msg, compiled.blocked, hits, start);
  // A name-call as the whole message is read without a closing "nha"/"nhé" ("thằng hề nhé").
  const plain = withoutSoftClose(tokens);
  if (hits.length) nameCallingHits(plain, hits);
  if (msg.allAscii && plain.length <= 6) foldedNicknameHits(plain, hits);
  if (tokens.length) sentenceHits(tokens, hits);
  runTogetherHits(tokens, hits);
  if (hits.length) applyFrames(analysis.text, tokens, hits);
  // Hits name words of the core; the verdicts place them in the whole message.
  for (const h of from ? hits : []) {
    h.first += from;
    h.last += from;
  }
  return hits;
}

/** Classify one message, statelessly. Never throws on any string. */
export function classifyText(text: string, opts?: ChatOptions): Verdict[] {
  return classifyDetailed(text, opts).verdicts;
}
