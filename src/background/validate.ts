/** Strict: content scripts run on pages attackers write into. */
import { z } from 'zod';
import { EVENT_TYPES, LIMITS, type MessageName } from '../common/protocol';
import { ISO_WITH_OFFSET } from '../common/time';

const meeting = z.strictObject({
  platform: z.enum(['meet', 'zoom', 'teams']),
  code: z.string().max(512).nullable(),
  title: z
    .string()
    .max(LIMITS.nameChars * 4)
    .nullable(),
  url: z.string().max(4096),
});

const eventId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'event id must be a UUID');

export const EVENT_DRAFT = z.strictObject({
  id: eventId,
  type: z.enum(EVENT_TYPES).exclude(['session.started', 'event.quarantined']),
  time: z.string().regex(ISO_WITH_OFFSET, 'time must be ISO 8601 with an offset'),
  payload: z
    .record(z.string(), z.unknown())
    .refine((p) => JSON.stringify(p).length <= LIMITS.payloadBytes, `payload over ${LIMITS.payloadBytes} bytes`),
});

const empty = z.strictObject({});
export const SESSION_ID = z.string().uuid();
const sessionId = SESSION_ID;

export const REQUEST_SCHEMAS = {
  'session.open': z.strictObject({ meeting }),
  'events.append': z.strictObject({ sessionId, events: z.array(EVENT_DRAFT).min(1).max(LIMITS.eventsPerBatch) }),
  'meeting.config': z.strictObject({ meeting }),
  'settings.get': empty,
  'log.sessions': empty,
  'log.events': z.strictObject({ sessionId }),
  'log.verify': z.strictObject({ sessionId }),
  'log.keep': z.strictObject({ sessionId, keep: z.boolean() }),
  'log.purges': empty,
  'log.storage': empty,
  'names.classify': z.strictObject({
    names: z.array(z.string().max(LIMITS.nameChars)).min(1).max(LIMITS.eventsPerBatch),
  }),
  'guide.open': z.strictObject({ lang: z.enum(['vi', 'en']) }),
  'roster.add': z.strictObject({
    sessionId: z.string().max(100),
    findingId: z.string().max(100),
    name: z.string().max(2_000),
  }),
  'roster.learned.save': z.strictObject({
    sessionId: z.string().max(100),
    names: z.array(z.string().max(LIMITS.nameChars)).max(2_000),
  }),
  'forwarding.status': empty,
  'forwarding.test': empty,
  'settings.write': z.strictObject({
    settings: z
      .record(z.string(), z.unknown())
      .refine((p) => JSON.stringify(p).length <= LIMITS.messageBytes / 2, 'settings too large'),
  }),
  'parent.status': empty,
  'parent.setup': z.strictObject({ pin: z.string().max(64) }),
  'parent.unlock': z.strictObject({ pin: z.string().max(64) }),
  'parent.lock': empty,
  'parent.disable': empty,
  'parent.summary': empty,
  'parent.allows': z.strictObject({ what: z.enum(['pause']) }),
} satisfies Record<MessageName, z.ZodType>;

const envelope = z.strictObject({
  type: z.enum(Object.keys(REQUEST_SCHEMAS) as [MessageName, ...MessageName[]]),
  payload: z.unknown(),
});

export type Validated = { ok: true; type: MessageName; payload: unknown } | { ok: false; reason: string };

export function validateRequest(raw: unknown): Validated {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return { ok: false, reason: 'message is not serializable' };
  }
  if (size > LIMITS.messageBytes)
    return { ok: false, reason: `message of ${size} bytes is over the ${LIMITS.messageBytes}-byte limit` };
  const env = envelope.safeParse(raw);
  if (!env.success) return { ok: false, reason: `bad envelope: ${summarize(env.error)}` };
  const body = REQUEST_SCHEMAS[env.data.type].safeParse(env.data.payload);
  if (!body.success) return { ok: false, reason: `bad ${env.data.type}: ${summarize(body.error)}` };
  return { ok: true, type: env.data.type, payload: body.data };
}

/** The first few issues of a failed parse, as one line for a diagnostic or a reply. */
export function summarize(err: z.ZodError): string {
  return err.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ')
    .slice(0, 500);
}
