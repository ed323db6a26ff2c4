/**
 * An experiment, kept so its figures can be reproduced: would a learned stage help the chat rules?
 *
 *   npx tsx scripts/train-chat-model.ts [path/to/vihos/train.csv]
 *
 * Trains a logistic regression over hashed word and character n-grams (read from the classifier's own
 * tokens, so leet, Telex and teencode are decoded as for the rules) on the ViHOS training split; the
 * path defaults to ../shared/data/vihos/train.csv, and when it is absent the script says "skipped".
 * Every 10th training row is held out to report how well the model ranks unseen rows. The only use that
 * could keep precision is to confirm a word the rules leave at review for want of a target; the
 * threshold for that is chosen on dev.csv beside the training file (precision ≥ 0.98), and the gain
 * and the cost are then reported on dev and on the repository's clean classroom chat (tuning part).
 * The test split is never read. Nothing is written: the model did not earn a place in the classifier
 * (docs/chat-detection.md, "Learned stage").
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { classifyText, type Verdict } from '../src/detect/chat';
import { analyze, type Token } from '../src/detect/chat/normalize';
import { classroomClean } from '../test/corpus/chat/classroom';
import { readCsv } from './lib/csv';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const file = path.resolve(args[0] ?? path.join(root, '..', 'shared/data/vihos/train.csv'));
const HYPER = { bits: 15, epochs: 12, rate: 0.1, l2: 2e-5, seed: 7, holdoutEvery: 10, minPrecision: 0.98 };

/** 32-bit FNV-1a of a string with a one-character kind prefix (word, bigram, char n-gram). */
function fnv(kind: number, s: string): number {
  let h = (0x811c9dc5 ^ kind) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** At most this many words are read: a model is a hint on ordinary chat lines, not on pasted walls. */
const MODEL_MAX_WORDS = 120;

/** Bucket indices of a message's features, without repeats, into `out` (cleared first). */
function modelFeatures(tokens: Token[], bits: number, out: Set<number>): Set<number> {
  out.clear();
  const mask = (1 << bits) - 1;
  const n = Math.min(tokens.length, MODEL_MAX_WORDS);
  let prev = '';
  for (let k = 0; k < n; k++) {
    const f = tokens[k]!.forms;
    const word = f.canonFold;
    out.add(fnv(1, f.acc) & mask);
    out.add(fnv(2, word) & mask);
    out.add(fnv(3, prev + ' ' + word) & mask);
    const padded = ' ' + word + ' ';
    for (let len = 2; len <= 4; len++)
      for (let i = 0; i + len <= padded.length; i++) out.add(fnv(4, padded.slice(i, i + len)) & mask);
    prev = word;
  }
  if (n) out.add(fnv(3, prev + ' ') & mask);
  return out;
}

const ABUSE = new Set(['profanity', 'insult', 'sexual', 'threat', 'hate', 'self-harm']);
const UNPROVEN = /\.(?:untargeted|about-a-thing)$/;
/** A colon or quotation marks: a list, a definition or a text being studied follows. */
const STUDIED = /[:"“”«»]/;

/** A message the rules leave with an abuse word at review for want of a target, outside a quotation. */
function candidate(text: string, vs: Verdict[]): boolean {
  if (vs.some((v) => v.tier === 'alert' && ABUSE.has(v.category)) || STUDIED.test(text)) return false;
  return vs.some(
    (v) => v.tier === 'review' && ['profanity', 'insult', 'hate'].includes(v.category) && UNPROVEN.test(v.ruleId),
  );
}
interface Row {
  feats: number[];
  label: number;
  text: string;
  cand: boolean;
}

function load(csv: string): Row[] {
  const scratch = new Set<number>();
  return readCsv(csv)
    .slice(1)
    .filter((r) => r.length >= 3)
    .map((r) => ({
      text: r[1]!,
      label: r[2]!.trim() === '[]' ? 0 : 1,
      feats: [...modelFeatures(analyze(r[1]!).tokens, HYPER.bits, scratch)],
      cand: candidate(r[1]!, classifyText(r[1]!)),
    }));
}

/** A small deterministic generator, so a retrain with the same data and settings gives the same file. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Logistic regression by AdaGrad over presence features, with L2 applied to the weights touched. */
function train(rows: Row[]): { w: Float32Array; bias: number } {
  const w = new Float32Array(1 << HYPER.bits);
  const g2 = new Float32Array(1 << HYPER.bits).fill(1e-8);
  let bias = 0;
  let gb = 1e-8;
  const rand = rng(HYPER.seed);
  const order = rows.map((_, i) => i);
  for (let e = 0; e < HYPER.epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const r = rows[i]!;
      const p = predict(w, bias, r.feats);
      const g = p - r.label;
      for (const f of r.feats) {
        const gf = g + HYPER.l2 * w[f]!;
        g2[f]! += gf * gf;
        w[f]! -= (HYPER.rate * gf) / Math.sqrt(g2[f]!);
      }
      gb += g * g;
      bias -= (HYPER.rate * g) / Math.sqrt(gb);
    }
  }
  return { w, bias };
}

function predict(w: Float32Array, bias: number, feats: number[]): number {
  let z = bias;
  for (const f of feats) z += w[f]!;
  return 1 / (1 + Math.exp(-z));
}

/** Area under the ROC curve: the chance a harmful row scores above a clean one. */
function auc(scores: number[], labels: number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let rank = 0;
  let pos = 0;
  idx.forEach((i, k) => {
    if (labels[i]) {
      rank += k + 1;
      pos++;
    }
  });
  const neg = labels.length - pos;
  return (rank - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** The lowest threshold at which confirmed candidates keep the precision asked (1: none does). */
function chooseConfirm(dev: Row[], score: (r: Row) => number): number {
  const cand = dev.filter((r) => r.cand).map((r) => ({ s: score(r), y: r.label }));
  cand.sort((a, b) => b.s - a.s);
  let tp = 0;
  let best = 1;
  cand.forEach((c, k) => {
    tp += c.y;
    const next = cand[k + 1];
    if (tp / (k + 1) >= HYPER.minPrecision && (!next || next.s < c.s)) best = c.s;
  });
  return Math.max(best, 0.5);
}

function report(model: { w: Float32Array; bias: number }, dev: Row[]): void {
  const score = (feats: number[]) => predict(model.w, model.bias, feats);
  const base = dev.filter(
    (r) => r.label && classifyText(r.text).some((v) => v.tier === 'alert' && ABUSE.has(v.category)),
  );
  const pos = dev.filter((r) => r.label).length;
  console.log(
    `dev ${dev.length} rows: AUC ${auc(
      dev.map((r) => score(r.feats)),
      dev.map((r) => r.label),
    ).toFixed(3)}`,
  );
  const t = chooseConfirm(dev, (r) => score(r.feats));
  const confirmed = dev.filter((r) => r.cand && score(r.feats) >= t);
  const gained = confirmed.filter((r) => r.label).length;
  console.log(`  candidates (rule word at review, no target): ${dev.filter((r) => r.cand).length}`);
  console.log(`  threshold ${t.toFixed(3)}: ${confirmed.length} confirmed, ${gained} harmful`);
  console.log(
    `  dev recall at alert tier ${(base.length / pos).toFixed(3)} -> ${((base.length + gained) / pos).toFixed(3)}`,
  );
  const scratch = new Set<number>();
  const clean = classroomClean().filter((l) => !l.holdout);
  const flagged = clean.filter((l) => {
    if (!candidate(l.text, classifyText(l.text))) return false;
    return score([...modelFeatures(analyze(l.text).tokens, HYPER.bits, scratch)]) >= t;
  });
  console.log(`  clean classroom chat (tuning, ${clean.length} lines): ${flagged.length} more alerts`);
  for (const l of flagged) console.log(`    ${l.subject}: ${l.text}`);
  const alone = clean.filter((l) => score([...modelFeatures(analyze(l.text).tokens, HYPER.bits, scratch)]) >= t);
  console.log(`  the model alone at that threshold would flag ${alone.length} of those clean lines`);
}

function main(): void {
  if (!existsSync(file)) {
    console.log(`skipped: ${path.basename(file)} not found`);
    return;
  }
  console.log(`hyper-parameters ${JSON.stringify(HYPER)}`);
  const all = load(file);
  const held = all.filter((_, i) => i % HYPER.holdoutEvery === 0);
  const check = train(all.filter((_, i) => i % HYPER.holdoutEvery !== 0));
  const heldAuc = auc(
    held.map((r) => predict(check.w, check.bias, r.feats)),
    held.map((r) => r.label),
  );
  console.log(`train ${all.length - held.length} rows, held-out slice ${held.length}: AUC ${heldAuc.toFixed(3)}`);
  const devFile = path.join(path.dirname(file), 'dev.csv');
  if (existsSync(devFile)) report(train(all), load(devFile));
  else console.log('dev: skipped (missing)');
}

main();
