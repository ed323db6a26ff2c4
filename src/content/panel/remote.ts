/**
 * What the panel shares with the popup and the notifications: its entries as the popup lists them,
 * the line saying the guard is paused, and the optional alert sound (a service worker cannot play
 * audio; the meeting tab, where the teacher has already clicked to join, can).
 */
import type { Severity } from '../../common/model';
import type { PopupEntry } from '../../common/protocol';
import { msg, type Lang } from '../messages';
import type { Entry } from './entries';

const EVIDENCE_SHOWN = 3;
const JOINS_SHOWN = 20;
/** A raid must not ring for every arrival. */
const SOUND_GAP_MS = 10_000;

/** The panel's line while the guard is paused for this meeting. */
export const pausedLine = (lang: Lang): string => msg(lang, 'panel_paused');

export function entryForPopup(e: Entry): PopupEntry {
  return {
    key: e.key,
    kind: e.kind,
    name: e.name,
    categories: [...e.categories],
    severity: e.severity,
    lastAt: e.lastAt,
    findingIds: e.findings.map((f) => f.id),
    evidence: e.findings
      .slice(-EVIDENCE_SHOWN)
      .reverse()
      .map((f) => ({ ...f.finding.evidence })),
    joinCount: e.joinCount,
    joins: e.joins.slice(0, JOINS_SHOWN),
  };
}

export interface AlertSound {
  enable(on: boolean): void;
  /** Rings when enabled and not rung in the last SOUND_GAP_MS; returns whether it did. */
  alert(severity: Severity, now?: number): boolean;
}

/** Two short tones, a third higher when urgent; made with WebAudio, so no sound file ships. */
export function createAlertSound(doc: Document): AlertSound {
  let on = false;
  let last = -Infinity;
  let ctx: AudioContext | null = null;
  return {
    enable(value) {
      on = value;
    },
    alert(severity, now = Date.now()) {
      if (!on || now - last < SOUND_GAP_MS) return false;
      last = now;
      const Ctx = doc.defaultView?.AudioContext;
      if (!Ctx) return true;
      try {
        ctx ??= new Ctx();
        void ctx.resume().catch(() => undefined);
        const base = severity >= 3 ? 880 : 660;
        [0, 0.18].forEach((at, i) => beep(ctx!, base * (i === 0 ? 1 : 1.25), ctx!.currentTime + at));
      } catch {
        // A page that forbids audio plays none: the panel and the notification still alert.
      }
      return true;
    },
  };
}

function beep(ctx: AudioContext, freq: number, at: number): void {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.frequency.value = freq;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.2, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.15);
  osc.connect(gain).connect(ctx.destination);
  osc.start(at);
  osc.stop(at + 0.16);
}
