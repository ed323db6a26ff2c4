/**
 * createChatGuard: the stateful side of chat detection. It classifies each message, then adds what
 * only a sequence shows: grooming cue families accumulated per sender (two families → alert), flood
 * (message rate and repeats per sender), and the same text pasted by several senders (a raid).
 * State is bounded: old entries are pruned by time and the number of senders tracked is capped.
 */
import type { ChatMessage, Finding } from '../../shared/model';
import { addAllowed, classifyDetailed, compileOptions, type Classified } from './classify';
import type { GroomingFamily } from './templates';
import type { ChatOptions, Verdict } from './types';

/** Grooming cues from one sender count together for this long. */
export const GROOMING_WINDOW_MS = 2 * 60 * 60 * 1000;
/** Flood: this many messages from one sender within FLOOD_WINDOW_MS. */
export const FLOOD_COUNT = 6;
export const FLOOD_WINDOW_MS = 10_000;
/** Repeats: the same text this many times within REPEAT_WINDOW_MS (one sender, or distinct senders for a raid). */
export const REPEAT_COUNT = 3;
export const REPEAT_WINDOW_MS = 60_000;
const MAX_SENDERS = 2000;
const MAX_EVIDENCE = 500;

interface SenderState {
  times: number[];
  floodActive: boolean;
  repeats: Map<string, number[]>;
  families: Map<GroomingFamily, number>;
  lastAt: number;
}

export interface ChatGuard {
  classifyMessage(msg: ChatMessage, at: number): Finding[];
  classifyName(name: string): Finding[];
  markNotHarmful(text: string): void;
}

const NAME_OFFENSIVE = new Set(['profanity', 'insult', 'sexual', 'hate', 'threat', 'self-harm', 'blocked-word']);

/** Told when a detector throws on one message or name: its findings are lost, nothing else is. */
export type DetectorErrorHandler = (detector: string, subjectId: string, err: unknown) => void;

export function createChatGuard(opts?: ChatOptions, onError?: DetectorErrorHandler): ChatGuard {
  const base = compileOptions(opts);
  // Our own copy: "not harmful" feedback grows the allow-list of this guard only.
  const compiled = { ...base, allowed: [...base.allowed] };
  const senders = new Map<string, SenderState>();
  const texts = new Map<string, Map<string, number>>();

  function stateOf(key: string, at: number): SenderState {
    let s = senders.get(key);
    if (!s) {
      if (senders.size >= MAX_SENDERS) prune(at);
      s = { times: [], floodActive: false, repeats: new Map(), families: new Map(), lastAt: at };
      senders.set(key, s);
    }
    s.lastAt = at;
    return s;
  }

  function prune(at: number): void {
    for (const [k, s] of senders) if (at - s.lastAt > GROOMING_WINDOW_MS) senders.delete(k);
    // Still full: drop the least recently active half.
    if (senders.size >= MAX_SENDERS) {
      const keys = [...senders.entries()].sort((a, b) => a[1].lastAt - b[1].lastAt).slice(0, MAX_SENDERS / 2);
      for (const [k] of keys) senders.delete(k);
    }
    for (const [k, m] of texts) {
      for (const [sender, t] of m) if (at - t > REPEAT_WINDOW_MS) m.delete(sender);
      if (m.size === 0) texts.delete(k);
    }
  }

  function finding(v: Pick<Verdict, 'category' | 'severity' | 'tier' | 'ruleId'> & { span?: [number, number]; target?: string }, msg: ChatMessage, detail?: string): Finding {
    const subject: Finding['subject'] = { messageId: msg.id, name: msg.senderName };
    if (msg.senderId) subject.participantId = msg.senderId;
    const evidence: Finding['evidence'] = {};
    const [from, to] = v.span ?? [0, msg.text.length];
    if (v.span) evidence.span = v.span;
    evidence.text = msg.text.slice(from, Math.min(to, from + MAX_EVIDENCE));
    // The cap is recorded, so a report never passes a cut quote off as the whole message.
    const cut = to - from > MAX_EVIDENCE ? `evidence cut to ${MAX_EVIDENCE} of ${to - from} characters` : '';
    const details = [v.target ? `target: ${v.target}` : '', detail ?? '', cut].filter(Boolean).join('; ');
    if (details) evidence.detail = details;
    return { ruleId: v.ruleId, category: v.category, severity: v.severity, tier: v.tier, subject, evidence };
  }

  /** What one message's stages share; each stage reads what earlier ones left and adds findings. */
  interface MessageRun {
    msg: ChatMessage;
    at: number;
    key: string;
    s: SenderState;
    classified: Classified | null;
    out: Finding[];
  }

  function classifyStage(r: MessageRun): void {
    const text = typeof r.msg.text === 'string' ? r.msg.text : '';
    r.classified = classifyDetailed(text, compiled);
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
      const span: [number, number] | undefined = cues.length ? [cues.reduce((m, v) => Math.min(m, v.span[0]), Infinity), cues.reduce((m, v) => Math.max(m, v.span[1]), 0)] : undefined;
      out.push(finding({ category: 'grooming', severity: 3, tier: 'alert', ruleId: 'chat.grooming.escalated', ...(span ? { span } : {}) }, msg, `cue families from this sender: ${[...s.families.keys()].join(', ')}`));
    }
  }

  function floodStage({ msg, at, s, out }: MessageRun): void {
    s.times.push(at);
    while (s.times.length && at - s.times[0]! > FLOOD_WINDOW_MS) s.times.shift();
    if (s.times.length >= FLOOD_COUNT) {
      if (!s.floodActive) {
        s.floodActive = true;
        out.push(finding({ category: 'spam', severity: 2, tier: 'alert', ruleId: 'chat.spam.flood' }, msg, `${s.times.length} messages in ${FLOOD_WINDOW_MS / 1000} s`));
      }
    } else if (s.times.length <= 1) s.floodActive = false;
  }

  /** The words compared for repeats and raids: normalized, so "HELLO" = "hello!!". */
  function repeatKey(r: MessageRun): string {
    if (r.classified) return r.classified.analysis.tokens.map((t) => t.forms.acc).join(' ').slice(0, 300);
    // The classifier failed on this message: a plainer key keeps repeats counted.
    return String(r.msg.text).toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 300);
  }

  function repeatStage(r: MessageRun): void {
    const { msg, at, s, out } = r;
    const norm = repeatKey(r);
    if (!norm) return;
    const times = (s.repeats.get(norm) ?? []).filter((t) => at - t <= REPEAT_WINDOW_MS);
    times.push(at);
    s.repeats.set(norm, times);
    if (s.repeats.size > 50) for (const [k, t] of s.repeats) if (at - (t[t.length - 1] ?? 0) > REPEAT_WINDOW_MS) s.repeats.delete(k);
    if (times.length === REPEAT_COUNT) out.push(finding({ category: 'spam', severity: 1, tier: 'alert', ruleId: 'chat.spam.repeat' }, msg, `same message ${REPEAT_COUNT} times`));
  }

  /** The same text from several senders (only non-trivial texts: "ok", "dạ" are normal). */
  function raidStage(r: MessageRun): void {
    const { msg, at, key, out } = r;
    const norm = repeatKey(r);
    if (norm.length < 12) return;
    let bySender = texts.get(norm);
    if (!bySender) {
      if (texts.size > 5000) prune(at);
      bySender = new Map();
      texts.set(norm, bySender);
    }
    for (const [k, t] of bySender) if (at - t > REPEAT_WINDOW_MS) bySender.delete(k);
    const had = bySender.size;
    bySender.set(key, at);
    if (had < REPEAT_COUNT && bySender.size === REPEAT_COUNT) {
      out.push(finding({ category: 'spam', severity: 2, tier: 'alert', ruleId: 'chat.spam.raid' }, msg, `same message from ${REPEAT_COUNT} senders`));
    }
  }

  function nameFindings(text: string): Finding[] {
    const { verdicts } = classifyDetailed(text, compiled);
    const out: Finding[] = [];
    for (const v of verdicts) {
      if (v.ruleId === 'chat.grooming.families') continue;
      const offensive = NAME_OFFENSIVE.has(v.category);
      out.push({
        ruleId: `name.${offensive ? 'offensive' : 'suspicious'}.${v.category}`,
        category: offensive ? 'offensive-name' : 'suspicious-name',
        severity: v.severity,
        tier: offensive ? v.tier : 'review',
        subject: { name: text.slice(0, MAX_EVIDENCE) },
        evidence: { text: text.slice(v.span[0], Math.min(v.span[1], v.span[0] + MAX_EVIDENCE)), span: v.span, detail: v.ruleId },
      });
    }
    return out;
  }

  // Each stage runs on its own: one that throws on a message loses its own findings, not the others'.
  const STAGES: readonly [string, (r: MessageRun) => void][] = [
    ['chat.classify', classifyStage],
    ['chat.grooming', groomingStage],
    ['chat.flood', floodStage],
    ['chat.repeat', repeatStage],
    ['chat.raid', raidStage],
  ];

  return {
    classifyMessage(msg, at) {
      const key = msg.senderId ?? `name:${msg.senderName}`;
      const run: MessageRun = { msg, at, key, s: stateOf(key, at), classified: null, out: [] };
      for (const [detector, stage] of STAGES) {
        try {
          stage(run);
        } catch (err) {
          onError?.(detector, msg.id, err);
        }
      }
      return run.out;
    },

    classifyName(name) {
      const text = typeof name === 'string' ? name : '';
      try {
        return nameFindings(text);
      } catch (err) {
        onError?.('name.classify', text.slice(0, 64), err);
        return [];
      }
    },

    markNotHarmful(text) {
      if (typeof text === 'string' && text.trim()) addAllowed(compiled.allowed, text);
    },
  };
}
