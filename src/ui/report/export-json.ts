/**
 * The JSON export (docs/report-format.md): the session and every event with its place in the hash
 * chain, so a receiver can recompute the chain without the extension. Reading one back is checked
 * here too, for the report page's drop zone and `npm run verify-report` alike.
 */
import { z } from 'zod';
import { verifyChain } from '../../common/event-chain';
import type { SessionRecord, StoredEvent } from '../../common/protocol';
import { incidentNotes } from './incident-notes';
import { categoriesOf, groupIncidents, incidentIds } from './incidents';

export const REPORT_FORMAT = 'class-guard.report';
export const REPORT_VERSION = 1;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

const eventSchema = z.object({
  id: z.string().min(1),
  sessionId: z.string().min(1),
  seq: z.number().int().min(0),
  type: z.string().min(1),
  time: z.string(),
  payload: z.record(z.string(), z.unknown()),
  prevHash: hex64,
  hash: hex64,
});

const sessionSchema = z.object({
  id: z.string().min(1),
  key: z.string(),
  meeting: z.object({
    platform: z.enum(['meet', 'zoom', 'teams']),
    code: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string(),
  }),
  startedAt: z.string(),
  lastEventAt: z.string(),
  endedAt: z.string().nullable(),
  eventCount: z.number().int().min(0),
  headHash: z.string(),
});

/** Version 1 of the export. Unknown members are allowed (and ignored), so a newer minor addition still reads. */
export const reportSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  exportedAt: z.string(),
  session: sessionSchema,
  chain: z.object({ algorithm: z.literal('sha256'), count: z.number().int().min(0), head: z.string() }),
  events: z.array(eventSchema),
  /** Added in 1.1: the teacher's latest note on each incident (the edits are events of the chain). */
  notes: z
    .array(
      z.object({
        findingId: z.string(),
        /** Added with `incidents`: the incident the noted finding belongs to. */
        incidentId: z.string().optional(),
        note: z.string(),
        time: z.string(),
        edits: z.number().int(),
      }),
    )
    .optional(),
  /** Added later still: every finding's incident (the findings raised on one event about one person). */
  incidents: z
    .array(
      z.object({
        id: z.string(),
        time: z.string(),
        severity: z.number(),
        categories: z.array(z.string()),
        findingIds: z.array(z.string()),
      }),
    )
    .optional(),
});

export type ReportFile = z.infer<typeof reportSchema>;

/** The chain head of events in order: the last hash, or 64 zeros for none. */
const headOf = (events: readonly StoredEvent[]): string => events[events.length - 1]?.hash ?? '0'.repeat(64);

export function buildJsonReport(
  session: SessionRecord,
  events: readonly StoredEvent[],
  exportedAt: string,
): ReportFile {
  const groups = groupIncidents(events);
  const incidentOf = incidentIds(groups);
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    exportedAt,
    // The events were read after the session record: the record is brought up to them, so the two agree.
    session: {
      ...session,
      eventCount: events.length,
      headHash: headOf(events),
      lastEventAt: events[events.length - 1]?.time ?? session.lastEventAt,
    },
    chain: { algorithm: 'sha256', count: events.length, head: headOf(events) },
    notes: [...incidentNotes(events)].map(([findingId, n]) => ({
      findingId,
      ...(incidentOf.has(findingId) ? { incidentId: incidentOf.get(findingId)! } : {}),
      ...n,
    })),
    events: events.map(({ id, sessionId, seq, type, time, payload, prevHash, hash }) => ({
      id,
      sessionId,
      seq,
      type,
      time,
      payload,
      prevHash,
      hash,
    })),
    // After the events: a reader looking for an event's id meets the event first.
    incidents: groups.map((g) => ({
      id: g.id,
      time: g.event.time,
      severity: Number(g.head.severity) || 1,
      categories: categoriesOf(g.findings),
      findingIds: g.events.map((e) => e.id),
    })),
  };
}

export function jsonReportText(session: SessionRecord, events: readonly StoredEvent[], exportedAt: string): string {
  return JSON.stringify(buildJsonReport(session, events, exportedAt), null, 2) + '\n';
}

export type ReportCheck =
  | { ok: true; count: number; head: string; session: ReportFile['session'] }
  /** `event`: the first event that does not verify, where one is to blame. */
  | { ok: false; reason: string; event?: { seq: number; id: string; index: number } };

function schemaProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `not a Class Guard report (version ${REPORT_VERSION}): ${issue.path.join('.') || '(top)'}: ${issue.message}`;
}

/** Recomputes an export's chain (src/common/event-chain.ts) and checks the head it states. */
export async function verifyReport(text: string): Promise<ReportCheck> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    return { ok: false, reason: `not JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = reportSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: schemaProblem(parsed.error) };
  const { session, chain, events } = parsed.data;
  const blame = (index: number, reason: string): ReportCheck => {
    const e = events[index]!;
    return { ok: false, reason: `event seq ${e.seq} (id ${e.id}): ${reason}`, event: { seq: e.seq, id: e.id, index } };
  };
  const stranger = events.findIndex((e) => e.sessionId !== session.id);
  const check = await verifyChain(events);
  // The first event at fault, whichever check finds it first.
  if (!check.valid && (stranger < 0 || check.brokenAt <= stranger)) return blame(check.brokenAt, check.reason);
  if (stranger >= 0) return blame(stranger, `belongs to session ${events[stranger]!.sessionId}, not ${session.id}`);
  const head = check.valid ? check.head : '';
  if (chain.count !== events.length)
    return { ok: false, reason: `the file states ${chain.count} events but holds ${events.length}` };
  if (chain.head !== head) return { ok: false, reason: `the file states head ${chain.head}, the events give ${head}` };
  return { ok: true, count: events.length, head, session };
}
