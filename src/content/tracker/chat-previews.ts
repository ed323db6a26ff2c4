/**
 * Previews the client shows for new messages while its chat panel is closed. Each is reported at once
 * (a finding should not wait for the teacher to open the chat); the full message read later is its
 * upgrade, matched by sender and text prefix, so it is logged and judged once (docs/architecture.md#the-tracker).
 */
import type { ChatMessage, Observation } from '../../common/model';

/** A toast lasts seconds; the teacher may open the chat much later. */
export const PREVIEW_MATCH_MS = 30 * 60_000;
const PENDING_MAX = 200;
const RECENT_MAX = 100;

interface Pending {
  id: string;
  sender: string;
  /** Without a trailing ellipsis. */
  body: string;
  cut: boolean;
  /** As shown, folded: a text that merely ends in "..." is not news when read in full. */
  shown: string;
  at: number;
}

export interface PreviewState {
  pending: Pending[];
  /** Full messages read lately: a preview of one of them (the panel just closed) is no news. */
  recent: { sender: string; body: string }[];
}

export function createPreviews(): PreviewState {
  return { pending: [], recent: [] };
}

const fold = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** A client cuts a long preview and marks it with an ellipsis. */
function splitCut(text: string): { body: string; cut: boolean } {
  const t = fold(text);
  const m = /(?:…|\.\.\.)$/.exec(t);
  return m ? { body: t.slice(0, m.index).trimEnd(), cut: true } : { body: t, cut: false };
}

function covers(full: string, p: { body: string; cut: boolean }): boolean {
  return p.cut ? p.body.length > 0 && full.startsWith(p.body) : full === p.body;
}

/** Call with each preview not reported before; false: it shows a message already read in full. */
export function notePreview(s: PreviewState, m: ChatMessage, now: number): boolean {
  const sender = fold(m.senderName);
  const split = splitCut(m.text);
  if (s.recent.some((r) => r.sender === sender && covers(r.body, split))) return false;
  s.pending.push({ id: m.id, sender, ...split, shown: fold(m.text), at: now });
  if (s.pending.length > PENDING_MAX) s.pending.shift();
  return true;
}

/**
 * For a full message not reported before: null when it is new; else the preview it completes, now
 * settled. Earliest first, so two equal messages settle two previews in order.
 */
export function settleFull(s: PreviewState, m: ChatMessage, now: number): Pending | null {
  const sender = fold(m.senderName);
  const body = fold(m.text);
  s.recent.push({ sender, body });
  if (s.recent.length > RECENT_MAX) s.recent.shift();
  s.pending = s.pending.filter((p) => now - p.at <= PREVIEW_MATCH_MS);
  const i = s.pending.findIndex((p) => p.sender === sender && covers(body, p));
  if (i < 0) return null;
  return s.pending.splice(i, 1)[0]!;
}

/** What the log gets for a full message that completes a preview: nothing new unless the preview was cut. */
export function upgradeOf(p: Pending, m: ChatMessage, out: Observation[]): void {
  if (p.cut && fold(m.text) !== p.shown) out.push({ kind: 'chat.message', message: { ...m, upgradeOf: p.id } });
}
