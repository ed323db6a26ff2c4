/**
 * The stages one message goes through in the chat guard, in order. Each reads what earlier stages
 * left in the run and adds findings; the guard runs each on its own, so one that throws loses only
 * its own findings.
 */
import type { ChatMessage, Finding } from '../../common/model';
import { classifyDetailed, type Classified } from './classify';
import { finding } from './guard-findings';
import {
  FLOOD_COUNT,
  FLOOD_WINDOW_MS,
  GROOMING_WINDOW_MS,
  prune,
  REPEAT_COUNT,
  REPEAT_WINDOW_MS,
  type GuardState,
  type SenderState,
} from './guard-state';

/** What one message's stages share. */
export interface MessageRun {
  state: GuardState;
  msg: ChatMessage;
  at: number;
  key: string;
  s: SenderState;
  classified: Classified | null;
  /** The repeat key, once worked out (repeats and raids share it). */
  norm: string | null;
  out: Finding[];
}

function classifyStage(r: MessageRun): void {
  const text = typeof r.msg.text === 'string' ? r.msg.text : '';
  r.classified = classifyDetailed(text, r.state.compiled);
  for (const v of r.classified.verdicts) if (v.ruleId !== 'chat.grooming.families') r.out.push(finding(v, r.msg));
}

function groomingStage({ msg, at, s, classified, out }: MessageRun): void {
  if (!classified) return;
  const { verdicts, families } = classified;
  // Cue families from this sender within the window.
  for (const [f, t] of s.families) if (at - t > GROOMING_WINDOW_MS) s.families.delete(f);
  const fresh = families.filter((f) => !s.families.has(f));
  for (const f of families) s.families.set(f, at);
  if (fresh.length && s.families.size >= 2) {
    const cues = verdicts.filter((v) => v.category === 'grooming' && v.ruleId !== 'chat.grooming.families');
    const span: [number, number] | undefined = cues.length
      ? [cues.reduce((m, v) => Math.min(m, v.span[0]), Infinity), cues.reduce((m, v) => Math.max(m, v.span[1]), 0)]
      : undefined;
    out.push(
      finding(
        {
          category: 'grooming',
          severity: 3,
          tier: 'alert',
          ruleId: 'chat.grooming.escalated',
          ...(span ? { span } : {}),
        },
        msg,
        `cue families from this sender: ${[...s.families.keys()].join(', ')}`,
      ),
    );
  }
}

function floodStage({ msg, at, s, out }: MessageRun): void {
  s.times.push(at);
  while (s.times.length && at - s.times[0]! > FLOOD_WINDOW_MS) s.times.shift();
  if (s.times.length >= FLOOD_COUNT) {
    if (!s.floodActive) {
      s.floodActive = true;
      out.push(
        finding(
          { category: 'spam', severity: 2, tier: 'alert', ruleId: 'chat.spam.flood' },
          msg,
          `${s.times.length} messages in ${FLOOD_WINDOW_MS / 1000} s`,
        ),
      );
    }
  } else if (s.times.length <= 1) s.floodActive = false;
}

/** The words compared for repeats and raids: normalized, so "HELLO" = "hello!!". */
function repeatKey(r: MessageRun): string {
  r.norm ??= r.classified
    ? r.classified.analysis.tokens
        .map((t) => t.forms.acc)
        .join(' ')
        .slice(0, 300)
    : // The classifier failed on this message: a plainer key keeps repeats counted.
      String(r.msg.text).toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 300);
  return r.norm;
}

function repeatStage(r: MessageRun): void {
  const { msg, at, s, out } = r;
  const norm = repeatKey(r);
  if (!norm) return;
  const times = (s.repeats.get(norm) ?? []).filter((t) => at - t <= REPEAT_WINDOW_MS);
  times.push(at);
  s.repeats.set(norm, times);
  if (s.repeats.size > 50)
    for (const [k, t] of s.repeats) if (at - (t[t.length - 1] ?? 0) > REPEAT_WINDOW_MS) s.repeats.delete(k);
  if (times.length === REPEAT_COUNT)
    out.push(
      finding(
        { category: 'spam', severity: 1, tier: 'alert', ruleId: 'chat.spam.repeat' },
        msg,
        `same message ${REPEAT_COUNT} times`,
      ),
    );
}

/** The same text from several senders (only non-trivial texts: "ok", "dạ" are normal). */
function raidStage(r: MessageRun): void {
  const { state, msg, at, key, out } = r;
  const norm = repeatKey(r);
  if (norm.length < 12) return;
  let bySender = state.texts.get(norm);
  if (!bySender) {
    if (state.texts.size > 5000) prune(state, at);
    bySender = new Map();
    state.texts.set(norm, bySender);
  }
  for (const [k, t] of bySender) if (at - t > REPEAT_WINDOW_MS) bySender.delete(k);
  const had = bySender.size;
  bySender.set(key, at);
  if (had < REPEAT_COUNT && bySender.size === REPEAT_COUNT) {
    out.push(
      finding(
        { category: 'spam', severity: 2, tier: 'alert', ruleId: 'chat.spam.raid' },
        msg,
        `same message from ${REPEAT_COUNT} senders`,
      ),
    );
  }
}

/** The stages in order, each with the detector name its errors are reported under. */
export const STAGES: readonly [string, (r: MessageRun) => void][] = [
  ['chat.classify', classifyStage],
  ['chat.grooming', groomingStage],
  ['chat.flood', floodStage],
  ['chat.repeat', repeatStage],
  ['chat.raid', raidStage],
];
