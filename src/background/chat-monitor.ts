/**
 * Chat is classified in the worker (docs/architecture.md, "Data flow"). The guard's per-sender state
 * outlives the worker through the log: a fresh guard is replayed the session's recent chat first.
 * A chunk read again after a failed write counts its messages twice for flood and repeat.
 */
import { createChatGuard, GROOMING_WINDOW_MS, type ChatGuard, type ChatOptions } from '../detect/chat';
import type { ChatMessage, Finding } from '../common/model';
import { tuneFinding, type Detection } from '../common/detection';
import { LIMITS, type EventDraft } from '../common/protocol';
import type { RosterIndex } from '../common/names/roster-index';

/** The newest ones. */
export const REPLAY_MESSAGES = 2_000;
const MAX_SESSIONS = 16;

/** The chat guard's options, and what the teacher switched off or tuned (settings.detection). */
export type MonitorOptions = ChatOptions & { detection?: Detection };

export interface ChatMonitorDeps {
  options(): Promise<MonitorOptions>;
  /** Oldest first. */
  recentChat(sessionId: string, sinceMs: number, max: number): Promise<EventDraft[]>;
  now(): number;
  newId(): string;
  /** Told once per detector and session guard. */
  detectorFailed?(detector: string, eventId: string, err: unknown): void;
  /** The session's meeting code, so a link to the class's own meeting is not an invite elsewhere. */
  meetingCode?(sessionId: string): Promise<string | null>;
  /** The session's class, its students and teachers (null: no class), to tell who a phone number is between. */
  members?(sessionId: string): Promise<Members | null>;
}

export type Members = Pick<RosterIndex, 'match'>;

const PHONE = 'chat.personal-info.phone';

/**
 * Personal information in the class's chat (issue 21, item 5): given privately to someone outside the
 * class it is an alert, and so is a phone number from outside it (a stranger's lure); what a member
 * gives to everyone or to another member is worth a look. Without a class the guard cannot tell who
 * belongs: the classifier's tier stands (numbers alert, addresses and ids are review). A private
 * message to "Me" (the teacher, as Zoom names her) names no member: it alerts, erring towards the child.
 */
export function personalInfoTier(f: Finding, msg: ChatMessage, members: Members | null): Finding['tier'] {
  if (f.category !== 'personal-info' || !members) return f.tier;
  const inClass = (name: string | null) => name !== null && members.match(name).verdict === 'known';
  if (msg.privateTo !== null && !inClass(msg.privateTo)) return 'alert';
  return f.ruleId === PHONE && !inClass(msg.senderName) ? 'alert' : 'review';
}

const INVITE = 'chat.link.meeting-invite.';
const bare = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** An invite link to the meeting the message was written in: everyone there has it, so review. */
export function ownMeetingLink(f: Finding, code: string | null): boolean {
  if (!code || !f.ruleId.startsWith(INVITE) || !f.evidence.text) return false;
  const own = bare(code);
  if (own.length < 6) return false;
  let link = f.evidence.text;
  try {
    link = decodeURIComponent(link);
  } catch {
    // A malformed escape: the link as written.
  }
  return bare(link).includes(own);
}

/** Drafts to store right after the chat.message event. */
export type DeriveFindings = (event: EventDraft) => EventDraft[];

export interface ChatMonitor {
  /** Call inside the log's write queue. */
  prepare(sessionId: string): Promise<DeriveFindings>;
  invalidate(): void;
}

/** Defensive: the payload comes from a web page's content script. */
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
    ...(m['preview'] === true ? { preview: true as const } : {}),
    ...(typeof m['upgradeOf'] === 'string' ? { upgradeOf: m['upgradeOf'] } : {}),
  };
}

/**
 * A preview read while the chat was closed may be cut; its full text, read later, is judged again.
 * What the preview already raised is not raised twice; what only the full text shows is.
 */
function previewMemory() {
  const raised = new Map<string, Set<string>>();
  return {
    seen(msg: ChatMessage, findings: readonly Finding[]): readonly Finding[] {
      const before = msg.upgradeOf ? raised.get(msg.upgradeOf) : undefined;
      if (msg.preview) {
        raised.set(msg.id, new Set(findings.map((f) => f.category)));
        // A class's previews, not a day's: the oldest go first.
        if (raised.size > PREVIEWS_KEPT) raised.delete(raised.keys().next().value!);
      }
      return before ? findings.filter((f) => !before.has(f.category)) : findings;
    },
  };
}
const PREVIEWS_KEPT = 500;

function timeOf(event: EventDraft, fallback: number): number {
  const t = Date.parse(event.time);
  return Number.isFinite(t) ? t : fallback;
}

export function sessionChat(
  options: MonitorOptions,
  history: readonly EventDraft[],
  deps: Pick<ChatMonitorDeps, 'now' | 'newId' | 'detectorFailed'>,
  meetingCode: string | null = null,
  members: Members | null = null,
): DeriveFindings {
  // A detector that throws is told once, in the log right after the message it threw on.
  const failed = new Set<string>();
  let failures: { detector: string; error: string }[] = [];
  const guard: ChatGuard = createChatGuard(options, (detector, _messageId, err) => {
    if (failed.has(detector)) return;
    failed.add(detector);
    failures.push({ detector, error: String(err).slice(0, 300) });
  });
  const previews = previewMemory();
  for (const e of history) {
    const msg = chatMessageOf(e);
    if (msg) previews.seen(msg, guard.classifyMessage(msg, timeOf(e, deps.now())));
  }
  // Failures on replayed messages were told when those were stored; a live one tells its own.
  failed.clear();
  failures = [];
  return (event) => {
    const msg = chatMessageOf(event);
    if (!msg) return [];
    const out: EventDraft[] = [];
    for (const f of previews.seen(msg, guard.classifyMessage(msg, timeOf(event, deps.now())))) {
      // Own messages are classified too, for a child's laptop; on a teacher's they are hers (her
      // own link, her number), so review, never an alert.
      const own = ownMeetingLink(f, meetingCode);
      const heard = own ? { ...f, ruleId: `${f.ruleId}.own` } : f;
      const tier = personalInfoTier(heard, msg, members);
      const finding: Finding | null = tuneFinding(
        (msg.self || own) && tier === 'alert' ? { ...heard, tier: 'review' } : { ...heard, tier },
        {
          off: options.detection?.off ?? [],
          sensitivity: msg.self ? 'standard' : (options.detection?.sensitivity ?? 'standard'),
        },
      );
      if (finding)
        out.push({
          id: deps.newId(),
          type: 'finding',
          time: event.time,
          payload: { finding, observationId: event.id },
        });
    }
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
  let options: Promise<MonitorOptions> | null = null;
  let generation = 0;

  return {
    async prepare(sessionId) {
      const known = sessions.get(sessionId);
      if (known) {
        sessions.delete(sessionId);
        sessions.set(sessionId, known);
        return known;
      }
      const gen = generation;
      options ??= deps.options();
      const [opts, history, code, members] = await Promise.all([
        options,
        deps.recentChat(sessionId, deps.now() - GROOMING_WINDOW_MS, REPLAY_MESSAGES),
        deps.meetingCode?.(sessionId).catch(() => null) ?? null,
        deps.members?.(sessionId).catch(() => null) ?? null,
      ]);
      const derive = sessionChat(opts, history, deps, code, members);
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
