/**
 * `npm run eval:chat`: measures the chat classifier (src/detect/chat) on
 *  1. the team-written corpus (test/corpus/chat): clean classroom chat → false-positive rate per tier;
 *     harmful chat → recall, precision and FPR per category;
 *  2. the obfuscation suite: ten rewrites of the harmful corpus's marked words;
 *  3. grooming accumulation: pairs of cues of two families from one sender;
 *  4. public sets from ../shared/data when present: ViHOS dev (tuning) and test (measuring only), Davidson;
 *  5. English: our rules against @2toad/profanity and obscenity on the same sets;
 *  6. the in-domain classroom corpus (test/corpus/chat/classroom*): false alerts per subject, recall per
 *     category, with 95 % Wilson intervals, on the tuning part and on the holdout.
 * Figures are printed, never asserted. `--verbose` lists every clean message flagged and every miss
 * (never a holdout line); `--tuning` leaves the holdout figures out while rules are being written.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { profanity } from '@2toad/profanity';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { classifyText, createChatGuard, type ChatCategory, type Verdict } from '../src/detect/chat';
import { classroomClean, classroomHarmful, wilson } from '../test/corpus/chat/classroom';
import { cleanCorpus, harmfulCorpus, type HarmfulLine } from '../test/corpus/chat/corpus';
import { obfuscate, TRANSFORMS } from '../test/corpus/chat/obfuscate';
import { readCsv } from './lib/csv';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.resolve(root, '../shared/data');
const verbose = process.argv.includes('--verbose');
const tuning = process.argv.includes('--tuning');

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(2) + '%' : '—');
const f3 = (n: number, d: number) => (d ? (n / d).toFixed(3) : '—');

/** Categories where a review-tier verdict counts as caught (a check-in, a link to look at). */
const REVIEW_COUNTS = new Set<ChatCategory>(['self-harm', 'grooming', 'link', 'personal-info', 'spam']);
const caught = (vs: Verdict[], cat: ChatCategory) =>
  vs.some((v) => v.category === cat && (v.tier === 'alert' || REVIEW_COUNTS.has(cat)));

// ---------- 1. team corpus ----------
const clean = cleanCorpus();
const harmful = harmfulCorpus();
console.log(`corpus: ${clean.length} clean messages, ${harmful.length} harmful`);

const cleanV = clean.map((c) => classifyText(c.text));
const cleanAlert = cleanV.filter((vs) => vs.some((v) => v.tier === 'alert')).length;
const cleanAny = cleanV.filter((vs) => vs.length > 0).length;
console.log(`clean chat flagged, alert tier: ${cleanAlert} = ${pct(cleanAlert, clean.length)} (target ≤ 0.3%)`);
console.log(`clean chat flagged, any tier:   ${cleanAny} = ${pct(cleanAny, clean.length)} (review target ≤ 2%)`);
const bySection = new Map<string, [number, number]>();
clean.forEach((c, i) => {
  const s = bySection.get(c.section) ?? [0, 0];
  s[0]++;
  if (cleanV[i]!.length) s[1]++;
  bySection.set(c.section, s);
});
console.log('  by section (flagged/total): ' + [...bySection].map(([k, [n, f]]) => `${k} ${f}/${n}`).join(', '));
clean.forEach((c, i) => {
  const vs = cleanV[i]!;
  if (vs.length && (verbose || vs.some((v) => v.tier === 'alert')))
    console.log(
      `  flagged: ${JSON.stringify(c.text)} → ${vs.map((v) => `${v.ruleId}/${v.tier} "${c.text.slice(v.span[0], v.span[1])}"`).join(', ')}`,
    );
});

const harmV = harmful.map((h) => classifyText(h.text));
const CATS: ChatCategory[] = [
  'profanity',
  'insult',
  'sexual',
  'threat',
  'self-harm',
  'grooming',
  'hate',
  'spam',
  'link',
  'personal-info',
];
console.log('\nper category (team corpus)        n   recall(alert)  recall(any)  prec(alert)  FPR alert  FPR review');
for (const cat of CATS) {
  const idx = harmful.map((h, i) => (h.category === cat ? i : -1)).filter((i) => i >= 0);
  const rAlert = idx.filter((i) => harmV[i]!.some((v) => v.category === cat && v.tier === 'alert')).length;
  const rAny = idx.filter((i) => harmV[i]!.some((v) => v.category === cat)).length;
  const fpA = cleanV.filter((vs) => vs.some((v) => v.category === cat && v.tier === 'alert')).length;
  const fpR = cleanV.filter((vs) => vs.some((v) => v.category === cat && v.tier === 'review')).length;
  console.log(
    `  ${cat.padEnd(14)} ${String(idx.length).padStart(18)}   ${f3(rAlert, idx.length).padStart(12)}  ${f3(rAny, idx.length).padStart(11)}  ${f3(rAlert, rAlert + fpA).padStart(11)}  ${pct(fpA, clean.length).padStart(9)}  ${pct(fpR, clean.length).padStart(10)}`,
  );
}
const misses = harmful.filter((h, i) => !caught(harmV[i]!, h.category));
console.log(`missed (category not found at the counting tier): ${misses.length}`);
if (verbose) for (const m of misses) console.log(`  miss ${m.category}: ${JSON.stringify(m.text)}`);

// ---------- 2. obfuscation suite ----------
const marked = harmful.filter((h) => h.marked.includes('['));
console.log(
  `\nobfuscation suite: ${Object.keys(TRANSFORMS).length} transforms × ${marked.length} marked harmful messages`,
);
const obfCats: ChatCategory[] = ['profanity', 'insult', 'sexual', 'threat', 'self-harm', 'hate'];
console.log('  transform      ' + obfCats.map((c) => c.padStart(10)).join(' ') + '      all');
const totals = new Map<ChatCategory, [number, number]>();
for (const [name, t] of Object.entries(TRANSFORMS)) {
  const row = new Map<ChatCategory, [number, number]>();
  let hit = 0;
  for (const h of marked) {
    const text = obfuscate(h.marked, t);
    const ok = caught(classifyText(text), h.category);
    const r = row.get(h.category) ?? [0, 0];
    r[0]++;
    if (ok) r[1]++;
    row.set(h.category, r);
    const tot = totals.get(h.category) ?? [0, 0];
    tot[0]++;
    if (ok) tot[1]++;
    totals.set(h.category, tot);
    if (ok) hit++;
    else if (verbose && h.category === 'profanity') console.log(`    miss ${name}: ${JSON.stringify(text)}`);
  }
  console.log(
    `  ${name.padEnd(14)} ` +
      obfCats.map((c) => f3(row.get(c)?.[1] ?? 0, row.get(c)?.[0] ?? 0).padStart(10)).join(' ') +
      `   ${f3(hit, marked.length)}`,
  );
}
console.log(
  '  all transforms ' + obfCats.map((c) => f3(totals.get(c)?.[1] ?? 0, totals.get(c)?.[0] ?? 0).padStart(10)).join(' '),
);
{
  const prof = harmful.filter((h) => h.category === 'profanity');
  let n = prof.length;
  let hit = prof.filter((h) => caught(classifyText(h.text), 'profanity')).length;
  for (const t of Object.values(TRANSFORMS))
    for (const h of prof.filter((x) => x.marked.includes('['))) {
      n++;
      if (caught(classifyText(obfuscate(h.marked, t)), 'profanity')) hit++;
    }
  console.log(`explicit profanity incl. obfuscations, recall (alert): ${f3(hit, n)} of ${n} (target ≥ 0.95)`);
}

// ---------- 3. grooming accumulation ----------
{
  const groom = harmful.filter((h) => h.category === 'grooming');
  const fam = (text: string) =>
    classifyText(text)
      .filter((v) => v.category === 'grooming')
      .map((v) => v.ruleId)[0];
  let pairs = 0;
  let escalated = 0;
  let falseEsc = 0;
  for (let i = 0; i < groom.length; i++) {
    const j = (i * 7 + 3) % groom.length;
    const a = groom[i]!;
    const b = groom[j]!;
    if (i === j || !fam(a.text) || fam(a.text) === fam(b.text)) continue;
    pairs++;
    const g = createChatGuard();
    const base = { self: false, time: null, privateTo: null, senderName: 'Người lạ' };
    g.classifyMessage({ ...base, id: `a${i}`, senderId: 's', text: a.text }, 0);
    if (
      g
        .classifyMessage({ ...base, id: `b${i}`, senderId: 's', text: b.text }, 60_000)
        .some((f) => f.ruleId === 'chat.grooming.escalated')
    )
      escalated++;
    const g2 = createChatGuard();
    g2.classifyMessage({ ...base, id: `a${i}`, senderId: 's1', text: a.text }, 0);
    if (
      g2
        .classifyMessage({ ...base, id: `b${i}`, senderId: 's2', text: b.text }, 60_000)
        .some((f) => f.ruleId === 'chat.grooming.escalated')
    )
      falseEsc++;
  }
  const cue = groom.filter((h) => caught(classifyText(h.text), 'grooming')).length;
  console.log(
    `\ngrooming: cue recall per message (review) ${f3(cue, groom.length)}; two families from one sender escalated ${escalated}/${pairs}; split over two senders escalated ${falseEsc}/${pairs}`,
  );
}

// ---------- 4. public sets ----------
interface Scored {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const score = (labels: boolean[], preds: boolean[]): Scored => {
  const s = { tp: 0, fp: 0, fn: 0, tn: 0 };
  labels.forEach((l, i) => {
    const p = preds[i]!;
    if (l && p) s.tp++;
    else if (!l && p) s.fp++;
    else if (l) s.fn++;
    else s.tn++;
  });
  return s;
};
const fmt = (s: Scored) => `P ${f3(s.tp, s.tp + s.fp)} / R ${f3(s.tp, s.tp + s.fn)} / FPR ${f3(s.fp, s.fp + s.tn)}`;
const ci = (k: number, n: number) => {
  const [lo, hi] = wilson(k, n);
  return `[${lo.toFixed(3)}, ${hi.toFixed(3)}]`;
};
const ABUSE = new Set<ChatCategory>(['profanity', 'insult', 'sexual', 'threat', 'hate', 'self-harm', 'blocked-word']);
const ours = (text: string) => classifyText(text).some((v) => v.tier === 'alert' && ABUSE.has(v.category));

if (!existsSync(dataDir)) {
  console.log('\nskipped: ../shared/data not found');
} else {
  console.log('\npublic sets (../shared/data): alert tier, abuse categories');
  for (const split of ['dev', 'test']) {
    const file = path.join(dataDir, 'vihos', `${split}.csv`);
    if (!existsSync(file)) {
      console.log(`  ViHOS ${split}: skipped (missing)`);
      continue;
    }
    const rows = readCsv(file)
      .slice(1)
      .filter((r) => r.length >= 3);
    const labels = rows.map((r) => r[2]!.trim() !== '[]');
    const preds = rows.map((r) => ours(r[1]!));
    const s = score(labels, preds);
    console.log(
      `  ViHOS ${split.padEnd(4)} (${rows.length} rows${split === 'test' ? ', measuring only' : ', tuning'}): ${fmt(s)}${split === 'test' ? '  (target P ≥ 0.98 at R ≥ 0.5)' : ''}`,
    );
    console.log(`    95 % intervals: P ${ci(s.tp, s.tp + s.fp)}, R ${ci(s.tp, s.tp + s.fn)}`);
    if (verbose && split === 'dev')
      rows.forEach((r, i) => {
        if (preds[i] && !labels[i]) console.log(`    dev FP: ${r[1]}`);
      });
  }
  const dav = path.join(dataDir, 'davidson', 'labeled_data.csv');
  if (existsSync(dav)) {
    const rows = readCsv(dav)
      .slice(1)
      .filter((r) => r.length >= 7);
    const tweets = rows.map((r) => r[6]!);
    const labels = rows.map((r) => r[5]!.trim() !== '2');
    englishComparison(tweets, labels);
  } else console.log('  Davidson: skipped (missing)');
}

// ---------- 5. English filters vs our rules ----------
function englishComparison(tweets: string[] | null, labels: boolean[] | null): void {
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const filters: [string, (t: string) => boolean][] = [
    ['ours', ours],
    ['@2toad/profanity', (t) => profanity.exists(t)],
    ['obscenity', (t) => matcher.hasMatch(t)],
  ];
  const isEnglish = (t: string) =>
    /^[\x00-\x7f]*$/.test(t) && /\b(?:the|you|i|my|is|are|this|what|me|your|so|a|to|it|can|we)\b/i.test(t);
  const enClean = clean.filter((c) => isEnglish(c.text)).map((c) => c.text);
  const enHarm = harmful.filter((h: HarmfulLine) => ABUSE.has(h.category) && isEnglish(h.text)).map((h) => h.text);
  console.log(
    `\nEnglish: ours vs npm filters (team corpus: ${enClean.length} clean English, ${enHarm.length} abusive English${tweets ? `; Davidson ${tweets.length} tweets` : ''})`,
  );
  for (const [name, f] of filters) {
    const fp = enClean.filter(f).length;
    const tp = enHarm.filter(f).length;
    let dav = '';
    if (tweets && labels) {
      const started = performance.now();
      const preds = tweets.map(f);
      const us = ((performance.now() - started) * 1000) / tweets.length;
      dav = `  Davidson ${fmt(score(labels, preds))}  ${us.toFixed(1)} µs/tweet`;
    }
    console.log(
      `  ${name.padEnd(17)} classroom FPR ${pct(fp, enClean.length).padStart(6)}  recall ${f3(tp, enHarm.length)}${dav}`,
    );
    if (verbose && name !== 'ours') for (const t of enClean.filter(f)) console.log(`    ${name} flags clean: ${t}`);
  }
}
if (!existsSync(dataDir)) englishComparison(null, null);

// ---------- 6. in-domain classroom corpus ----------
{
  const pctCi = (k: number, n: number) => {
    const [lo, hi] = wilson(k, n);
    return `${pct(k, n).padStart(6)} [${(100 * lo).toFixed(2)}–${(100 * hi).toFixed(2)}%]`;
  };
  const lines = classroomClean();
  const verdicts = lines.map((l) => classifyText(l.text));
  const alert = verdicts.map((vs) => vs.some((v) => v.tier === 'alert'));
  const any = verdicts.map((vs) => vs.length > 0);
  const parts: [string, boolean][] = tuning
    ? [['tuning', false]]
    : [
        ['tuning', false],
        ['holdout', true],
      ];
  console.log(`\nclassroom corpus, clean: ${lines.length} messages (${lines.filter((l) => l.holdout).length} holdout)`);
  console.log('  targets: alert ≤ 0.1 % overall and 0 on maths/science; any tier (review) ≤ 2 %');
  for (const [name, holdout] of parts) {
    const idx = lines.map((l, i) => (l.holdout === holdout ? i : -1)).filter((i) => i >= 0);
    const groups = new Map<string, number[]>();
    for (const i of idx) {
      const l = lines[i]!;
      for (const key of [l.subject, `slice ${l.slice}`, 'all']) groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    console.log(`  ${name}: subject               n   alert                     any tier`);
    for (const [key, is] of [...groups].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
      const a = is.filter((i) => alert[i]).length;
      const r = is.filter((i) => any[i]).length;
      console.log(
        `    ${key.padEnd(26)} ${String(is.length).padStart(5)}  ${a} ${pctCi(a, is.length)}   ${r} ${pctCi(r, is.length)}`,
      );
    }
    if (!holdout)
      idx.forEach((i) => {
        const vs = verdicts[i]!;
        if (vs.length && (verbose || alert[i]))
          console.log(
            `    flagged ${lines[i]!.subject}: ${JSON.stringify(lines[i]!.text)} → ${vs.map((v) => `${v.ruleId}/${v.tier} "${lines[i]!.text.slice(v.span[0], v.span[1])}"`).join(', ')}`,
          );
      });
  }

  const harm = classroomHarmful();
  const hv = harm.map((h) => classifyText(h.text));
  console.log(`\nclassroom corpus, harmful: ${harm.length} messages (${harm.filter((h) => h.holdout).length} holdout)`);
  console.log(
    '  recall at the counting tier (review counts for self-harm, grooming, personal-info); reported: review expected',
  );
  const TARGET = new Map<string, number>([
    ['profanity', 0.97],
    ['insult', 0.85],
    ['threat', 0.9],
    ['self-harm', 0.95],
    ['grooming', 0.9],
    ['personal-info', 0.9],
  ]);
  for (const [name, holdout] of parts) {
    const idx = harm.map((h, i) => (h.holdout === holdout ? i : -1)).filter((i) => i >= 0);
    const ok = (i: number) => {
      const h = harm[i]!;
      return h.category === 'reported' ? hv[i]!.length > 0 : caught(hv[i]!, h.category);
    };
    const groups = new Map<string, number[]>();
    for (const i of idx) {
      const h = harm[i]!;
      for (const key of [h.category, `  ${h.kind}`]) groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    console.log(`  ${name}: category / kind             n   recall  95 % interval    target`);
    const order = [...groups.keys()].filter((k) => !k.startsWith(' ')).sort();
    for (const cat of order) {
      for (const key of [
        cat,
        ...[...groups.keys()].filter((k) => k.startsWith(' ') && harm[groups.get(k)![0]!]!.category === cat).sort(),
      ]) {
        const is = groups.get(key)!;
        const k = is.filter(ok).length;
        const t = TARGET.get(key);
        console.log(
          `    ${key.padEnd(30)} ${String(is.length).padStart(4)}   ${f3(k, is.length)}  ${ci(k, is.length)}  ${t ? `≥ ${t}` : ''}`,
        );
      }
    }
    const reported = idx.filter((i) => harm[i]!.category === 'reported');
    const against = reported.filter((i) => hv[i]!.some((v) => v.tier === 'alert')).length;
    console.log(`    reported at alert tier (an alert against the child): ${against} of ${reported.length}`);
    if (!holdout && verbose)
      for (const i of idx) {
        const h = harm[i]!;
        const bad = h.category === 'reported' ? hv[i]!.some((v) => v.tier === 'alert') || !ok(i) : !ok(i);
        if (bad)
          console.log(
            `    miss ${h.kind}: ${JSON.stringify(h.text)} → ${hv[i]!.map((v) => `${v.ruleId}/${v.tier}`).join(', ') || '—'}`,
          );
      }
  }
}
