/**
 * Harmful-chat detection, in the service worker. The content script reports each chat message as
 * an observation; the worker classifies it as it stores it and appends the findings right after the
 * message, in the same transaction and hash chain.
 *
 * Why here and not on the meeting page (docs/architecture.md, data flow): the
 * classifier is the most expensive per-event work there is (tens of µs a message, a busy chat posts
 * 20 a second), and the page's main thread is the one resource a class cannot spare (docs/architecture.md, invariant 7).
 * The worker gets every message anyway, and is the only place that reads the settings. The
 * participant guard stays in the page: it needs the live roster for badges and costs nothing per
 * message; display names are classified here too, on the page's request (name-verdicts.ts).
 *
 * State: grooming cue families, flood and repeats are per sender and span minutes to hours, while
 * MV3 stops an idle worker after 30 seconds. The log is the memory: the first batch of a session
 * after the worker (re)started replays the session's recent chat through a fresh guard, findings
 * discarded, so a groomer whose second cue arrives after a restart is still caught. The guard sees
 * a message before its batch is committed: should the write fail and the chunk be read again, the
 * sender's flood and repeat counts see it twice (the findings are stored once, with the batch).
 */
import { createChatGuard, GROOMING_WINDOW_MS, type ChatGuard, type ChatOptions } from '../detect/chat';
import type { ChatMessage, Finding } from '../shared/model';
import { LIMITS, type EventDraft } from '../shared/protocol';

/** At most this many earlier messages are replayed into a session's guard (the newest ones). */
export const REPLAY_MESSAGES = 2_000;
/** Sessions whose guard is kept in memory at once (one per open meeting; a few at most). */
const MAX_SESSIONS = 16;

export interface ChatMonitorDeps {
  /** The teacher's chat lists in force now. */
  options(): Promise<ChatOptions>;
  /** The session's stored chat.message events newer than `sinceMs` (epoch ms), oldest first, at most `max`. */
  recentChat(sessionId: string, sinceMs: number, max: number): Promise<EventDraft[]>;
  now(): number;
  newId(): string;
  /** A detector threw on a message (told once per detector and session guard). */
  detectorFailed?(detector: string, eventId: string, err: unknown): void;
}

/** Findings (as event drafts to store right after it) about one chat.message event being stored. */
export type DeriveFindings = (event: EventDraft) => EventDraft[];

export interface ChatMonitor {
  /** The session's guard, built (and replayed from the log) on first use. Call inside the log's write queue. */
  prepare(sessionId: string): Promise<DeriveFindings>;
  /** The teacher's lists changed: guards are rebuilt (and replayed) at their next use. */
  invalidate(): void;
}

/** The message inside a chat.message payload, read defensively: the payload comes from a web page's content script. */
export function chatMessageOf(event: Pick<EventDraft, 'type' | 'payload'>): ChatMessage | null {
  if (event.type !== 'chat.message') return null;
  const m = event.payload['message'] as Record<string, unknown> | undefined;
  if (!m || typeof m !== 'object' || typeof m['id'] !== 'string' || typeof m['text'] !== 'string') return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: m['id'],
    senderId: str(m['senderId']),
    senderName: (str(m['senderName']) ?? '').slice(0, LIMITS.nameChars),
    self: m['self'] === true,
    // The content script caps the text; a forged payload may not have.
    text: m['text'].slice(0, LIMITS.chatChars),
    time: str(m['time']),
    privateTo: str(m['privateTo']),
  };
}

function timeOf(event: EventDraft, fallback: number): number {
  const t = Date.parse(event.time);
  return Number.isFinite(t) ? t : fallback;
}

/** Chat findings for one session: the guard's verdicts, the user's own messages held at review. */
export function sessionChat(
  options: ChatOptions,
  history: readonly EventDraft[],
  deps: Pick<ChatMonitorDeps, 'now' | 'newId' | 'detectorFailed'>,
): DeriveFindings {
  // A detector that throws is told once, in the log right after the message it threw on.
  const failed = new Set<string>();
  let failures: { detector: string; error: string }[] = [];
  const guard: ChatGuard = createChatGuard(options, (detector, _messageId, err) => {
    if (failed.has(detector)) return;
    failed.add(detector);
    failures.push({ detector, error: String(err).slice(0, 300) });
  });
  for (const e of history) {
    const msg = chatMessageOf(e);
    if (msg) guard.classifyMessage(msg, timeOf(e, deps.now()));
  }
  // Failures on replayed messages were told when those were stored; a live one tells its own.
  failed.clear();
  failures = [];
  return (event) => {
    const msg = chatMessageOf(event);
    if (!msg) return [];
    const out = guard.classifyMessage(msg, timeOf(event, deps.now())).map((f): EventDraft => {
      // The user's own messages are classified too: on a child's laptop they are the child's
      // (self-harm, personal information). On a teacher's they are hers (her own meeting link, her
      // phone number): logged for the report, but as review, never a pop-up alert.
      const finding: Finding = msg.self && f.tier === 'alert' ? { ...f, tier: 'review' } : f;
      return { id: deps.newId(), type: 'finding', time: event.time, payload: { finding, observationId: event.id } };
    });
    for (const { detector, error } of failures) {
      deps.detectorFailed?.(detector, event.id, error);
      out.push({
        id: deps.newId(),
        type: 'detector.failed',
        time: event.time,
        payload: { detector, observationId: event.id, error },
      });
    }
    failures = [];
    return out;
  };
}

export function createChatMonitor(deps: ChatMonitorDeps): ChatMonitor {
  const sessions = new Map<string, DeriveFindings>();
  let options: Promise<ChatOptions> | null = null;
  let generation = 0;

  return {
    async prepare(sessionId) {
      const known = sessions.get(sessionId);
      if (known) {
        // Most recently used last: the oldest is evicted first.
        sessions.delete(sessionId);
        sessions.set(sessionId, known);
        return known;
      }
      const gen = generation;
      options ??= deps.options();
      const [opts, history] = await Promise.all([
        options,
        deps.recentChat(sessionId, deps.now() - GROOMING_WINDOW_MS, REPLAY_MESSAGES),
      ]);
      const derive = sessionChat(opts, history, deps);
      // Settings changed while this was being built: use it for this batch, build afresh next time.
      if (gen !== generation) return derive;
      sessions.set(sessionId, derive);
      if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
      return derive;
    },
    invalidate() {
      generation++;
      options = null;
      sessions.clear();
    },
  };
}
