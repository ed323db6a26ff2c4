/** Verdict assembly: hits become verdicts with spans in the original text, then overlaps are merged. */
import type { Tier } from '../../common/model';
import type { Hit } from './lexicon-match';
import { findLinks } from './links';
import { allowedChars, type Compiled } from './options';
import type { GroomingFamily } from './templates';
import type { Analysis } from './tokenize';
import type { Verdict } from './types';

const TIER_RANK: Record<Tier, number> = { review: 0, alert: 1 };

/** Word and template hits as verdicts, except those inside an allowed phrase (token ranges in `allowed`). */
export function hitVerdicts(
  hits: Hit[],
  analysis: Analysis,
  allowed: [number, number][],
): { verdicts: Verdict[]; families: Set<GroomingFamily> } {
  const { tokens } = analysis;
  const verdicts: Verdict[] = [];
  const families = new Set<GroomingFamily>();
  // reach[k]: the furthest token an allowed phrase covering token k extends to (-1: none).
  const reach = new Int32Array(allowed.length ? tokens.length : 0).fill(-1);
  for (const [a, b] of allowed) for (let k = a; k <= b; k++) if (reach[k]! < b) reach[k] = b;
  const isAllowed = (first: number, last: number) => reach.length > 0 && reach[first]! >= last;
  for (const h of hits) {
    if (isAllowed(h.first, h.last)) continue;
    if (h.family) families.add(h.family);
    const v: Verdict = {
      category: h.cat,
      severity: h.sev,
      tier: h.tier,
      span: [tokens[h.first]!.start, tokens[h.last]!.end],
      ruleId: h.ruleId,
    };
    if (h.target) v.target = analysis.text.slice(h.target.start - (h.target.mention ? 1 : 0), h.target.end);
    verdicts.push(v);
  }
  // Two grooming families in one message: no need to wait for a second message.
  if (families.size >= 2) {
    const g = verdicts.filter((v) => v.category === 'grooming');
    verdicts.push({
      category: 'grooming',
      severity: 3,
      tier: 'alert',
      span: [g.reduce((m, v) => Math.min(m, v.span[0]), Infinity), g.reduce((m, v) => Math.max(m, v.span[1]), 0)],
      ruleId: 'chat.grooming.families',
    });
  }
  return { verdicts, families };
}

/** Links, invites, phones and e-mails found on the normalized text, added with spans in the original. */
export function addLinkVerdicts(
  verdicts: Verdict[],
  analysis: Analysis,
  compiled: Compiled,
  allowed: [number, number][],
): void {
  for (const f of findLinks(analysis.norm, compiled.schoolDomains)) {
    const span: [number, number] = [analysis.map[f.start] ?? 0, analysis.ends[f.end - 1] ?? analysis.text.length];
    if (allowed.length && allowedChars(allowed, analysis.tokens, span)) continue;
    verdicts.push({ ...f.verdict, span });
  }
}

/** A message yields at most this many verdicts (the strongest first): a flood of slurs is one incident. */
export const MAX_VERDICTS = 50;

/** Overlapping verdicts of one category become one, keeping the stronger tier and severity. */
export function merge(vs: Verdict[]): Verdict[] {
  if (vs.length < 2) return vs;
  vs.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out: Verdict[] = [];
  // Sorted by start, a verdict can only overlap the latest merged one of its category.
  const last = new Map<string, Verdict>();
  for (const v of vs) {
    const same = last.get(v.category);
    if (!same || same.span[1] <= v.span[0]) {
      out.push(v);
      last.set(v.category, v);
      continue;
    }
    const stronger = TIER_RANK[v.tier] > TIER_RANK[same.tier] || (v.tier === same.tier && v.severity > same.severity);
    const span: [number, number] = [Math.min(same.span[0], v.span[0]), Math.max(same.span[1], v.span[1])];
    if (stronger) Object.assign(same, v, { span });
    else same.span = span;
    if (!same.target && v.target) same.target = v.target;
  }
  if (out.length <= MAX_VERDICTS) return out;
  const rank = (v: Verdict) => TIER_RANK[v.tier] * 10 + v.severity;
  return out
    .map((v, k) => [v, k] as const)
    .sort((a, b) => rank(b[0]) - rank(a[0]) || a[1] - b[1])
    .slice(0, MAX_VERDICTS)
    .sort((a, b) => a[1] - b[1])
    .map(([v]) => v);
}
