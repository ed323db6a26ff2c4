import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../common/event-chain';
import type { EventDraft } from '../common/protocol';
import { appendEvents, db, openSession, sessionEvents, type Deriver } from './event-log';

let n = 0;
const draft = (text: string): EventDraft => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  type: 'chat.message',
  time: '2026-12-06T09:00:00.000+07:00',
  payload: { message: { id: `m${n}`, text } },
});

async function session() {
  const { session } = await openSession({
    platform: 'meet',
    code: `abc-defg-${++n}`,
    title: null,
    url: 'https://meet.google.com/abc-defg-hij',
  });
  return session.id;
}

describe('storing never depends on judging', () => {
  it('a deriver that throws on one event: every event is stored once, in order, with one detector.failed after it', async () => {
    const sessionId = await session();
    const derive: Deriver = async () => (d) => {
      if (JSON.stringify(d.payload).includes('constructor')) throw new TypeError('s.charCodeAt is not a function');
      return [];
    };
    const drafts = [draft('chào cô'), draft('constructor'), draft('em nộp bài'), draft('constructor again')];
    await appendEvents(sessionId, drafts, derive);
    const stored = await sessionEvents(sessionId);
    expect(stored.filter((e) => e.type === 'chat.message').map((e) => e.id)).toEqual(drafts.map((d) => d.id));
    const failed = stored.filter((e) => e.type === 'detector.failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.payload).toMatchObject({
      detector: 'derive',
      observationId: drafts[1]!.id,
      error: expect.stringContaining('charCodeAt'),
    });
    expect(stored.indexOf(failed[0]!)).toBe(stored.findIndex((e) => e.id === drafts[1]!.id) + 1);
    expect((await verifyChain(stored)).valid).toBe(true);

    const diagnostics = await (await db()).getAll('diagnostics');
    expect(diagnostics.some((d) => d.kind === 'detector.failed' && d.detail.includes(drafts[1]!.id))).toBe(true);
  });

  it('a deriver that cannot even start: the batch is stored all the same', async () => {
    const sessionId = await session();
    const derive: Deriver = () => Promise.reject(new Error('lexicon failed to load'));
    const drafts = [draft('a'), draft('b')];
    const { ids } = await appendEvents(sessionId, drafts, derive);
    expect(ids).toEqual(drafts.map((d) => d.id));
    const stored = await sessionEvents(sessionId);
    expect(stored.filter((e) => e.type === 'chat.message')).toHaveLength(2);
    expect(stored.filter((e) => e.type === 'detector.failed')).toHaveLength(1);
  });

  it('the same batch again stores nothing twice', async () => {
    const sessionId = await session();
    const drafts = [draft('x'), draft('y')];
    await appendEvents(sessionId, drafts);
    const { fresh } = await appendEvents(sessionId, drafts);
    expect(fresh).toEqual([]);
    expect(await sessionEvents(sessionId)).toHaveLength(3);
  });

  it('the meetings list’s incident count follows the findings stored, a batch read twice counted once', async () => {
    const sessionId = await session();
    const finding: EventDraft = { ...draft('x'), type: 'finding', payload: { finding: { category: 'insult' } } };
    await appendEvents(sessionId, [draft('a'), finding]);
    await appendEvents(sessionId, [finding, draft('b')]);
    const record = await (await db()).get('sessions', sessionId);
    expect(record?.findingCount).toBe(1);
  });

  it('counts incidents: the findings of one message count once, in its batch or a later one', async () => {
    const sessionId = await session();
    const message = draft('đm mày ngu vl');
    const other = draft('vl');
    const finding = (id: string, category: string, observationId?: string): EventDraft => ({
      id,
      type: 'finding',
      time: message.time,
      payload: {
        finding: { category, subject: { participantId: 'p1', messageId: 'm' } },
        ...(observationId ? { observationId } : {}),
      },
    });
    const count = async () => (await (await db()).get('sessions', sessionId))?.findingCount;
    // The worker's chat guard stores a message's findings with it: three findings, one incident.
    await appendEvents(sessionId, [
      message,
      finding('f1', 'profanity', message.id),
      finding('f2', 'insult', message.id),
      finding('f3', 'profanity', message.id),
    ]);
    expect(await count()).toBe(1);
    // A late finding on the same message (a batch later) is the same incident; another message is another.
    await appendEvents(sessionId, [other, finding('f4', 'threat', message.id), finding('f5', 'profanity', other.id)]);
    expect(await count()).toBe(2);
    // Findings naming no event (older versions) count one each.
    await appendEvents(sessionId, [finding('f6', 'insult'), finding('f7', 'insult')]);
    expect(await count()).toBe(4);
  });
});
