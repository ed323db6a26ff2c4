import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, GIVE_UP_MS, MAX_RETRY_MS, retryDelay } from './backoff';
import { endpointProblem, originPattern } from '../../common/forwarding-endpoint';
import { buildRequest, isForwarded, webhookBody, WORDS_CHARS, type ForwardItem } from './payload';
import { createQueue, emptyState, type QueueState, type SendResult } from './queue';
import { signatureHeader } from './signature';
import { DEFAULT_SETTINGS } from '../../common/settings';

const item = (key = 'f-1', words: ForwardItem['words'] = null): ForwardItem => ({
  key,
  time: '2026-03-02T09:15:00.000+07:00',
  platform: 'meet',
  audience: 'child',
  category: 'grooming',
  severity: 3,
  ruleId: 'chat.grooming.template',
  meeting: null,
  words,
});
const text = {
  title: 'Class Guard: your child may need you',
  body: 'Grooming (severity 3) in a Google Meet class at 09:15.',
};
const settings = (over: Partial<typeof DEFAULT_SETTINGS.forwarding>) => ({ ...DEFAULT_SETTINGS.forwarding, ...over });

describe('signature', () => {
  it('is the HMAC-SHA256 of "timestamp.body" in hex, as any server library computes it', async () => {
    const body = '{"a":1}';
    const expected = createHmac('sha256', 'sekret').update(`1700000000.${body}`).digest('hex');
    expect(await signatureHeader('sekret', 1700000000, body)).toBe(`sha256=${expected}`);
    expect(await signatureHeader('other', 1700000000, body)).not.toBe(`sha256=${expected}`);
  });
});

describe('back-off', () => {
  it('doubles from the first retry, capped, with jitter of at most a quarter', () => {
    expect(retryDelay(1, () => 1)).toBe(FIRST_RETRY_MS);
    expect(retryDelay(2, () => 1)).toBe(2 * FIRST_RETRY_MS);
    expect(retryDelay(5, () => 1)).toBe(16 * FIRST_RETRY_MS);
    expect(retryDelay(40, () => 1)).toBe(MAX_RETRY_MS);
    expect(retryDelay(1, () => 0)).toBe(0.75 * FIRST_RETRY_MS);
  });
});

describe('payloads', () => {
  it('webhook: only a summary unless words were allowed, signed, with the idempotency key', async () => {
    const req = await buildRequest(
      settings({ kind: 'webhook', url: 'https://hooks.school.vn/cg', secret: 's' }),
      item(),
      text,
      42,
    );
    const body = JSON.parse(req.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      schema: 'class-guard.finding/1',
      id: 'f-1',
      audience: 'child',
      finding: { category: 'grooming', severity: 3 },
    });
    expect(body['words']).toBeUndefined();
    expect(req.body).not.toContain('Zalo');
    expect(req.headers['Idempotency-Key']).toBe('f-1');
    expect(req.headers['X-ClassGuard-Signature']).toBe(await signatureHeader('s', 42, req.body));
    const unsigned = await buildRequest(settings({ kind: 'webhook', url: 'https://h.vn/x' }), item(), text, 42);
    expect(unsigned.headers['X-ClassGuard-Signature']).toBeUndefined();
  });

  it('words, when allowed, are capped', () => {
    const long = 'kết bạn Zalo nhé '.repeat(100);
    const body = webhookBody(item('k', { name: 'Người lạ', text: long }), text);
    const words = body['words'] as { text: string };
    expect(words.text.length).toBe(WORDS_CHARS + 1);
    expect(words.text.startsWith('kết bạn Zalo')).toBe(true);
  });

  it('Google Chat and Teams get their own message shapes', async () => {
    const chat = await buildRequest(
      settings({ kind: 'google-chat', url: 'https://chat.googleapis.com/v1/spaces/A/messages?key=k' }),
      item('k', { text: 'cho xin số điện thoại' }),
      text,
      1,
    );
    expect(chat.url).toContain('spaces/A/messages?key=k');
    expect((JSON.parse(chat.body) as { text: string }).text).toBe(
      `${text.title}\n${text.body}\n“cho xin số điện thoại”`,
    );
    const teams = JSON.parse(
      (await buildRequest(settings({ kind: 'teams', url: 'https://x.webhook.office.com/a' }), item(), text, 1)).body,
    ) as {
      attachments: { contentType: string; content: { body: { text: string }[] } }[];
    };
    expect(teams.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(teams.attachments[0]!.content.body.map((b) => b.text)).toEqual([text.title, text.body]);
  });

  it('ntfy: JSON to the server root with the topic, a token as Bearer, self-hosted under a path too', async () => {
    const pub = await buildRequest(settings({ kind: 'ntfy', url: 'https://ntfy.sh/lop-7a' }), item(), text, 1);
    expect(pub.url).toBe('https://ntfy.sh/');
    expect(JSON.parse(pub.body)).toMatchObject({ topic: 'lop-7a', title: text.title, priority: 5 });
    const own = await buildRequest(
      settings({ kind: 'ntfy', url: 'https://nha.vn/ntfy/con', token: 'tk_1' }),
      item(),
      text,
      1,
    );
    expect(own.url).toBe('https://nha.vn/ntfy/');
    expect(own.headers['Authorization']).toBe('Bearer tk_1');
  });

  it('endpoints: HTTPS, or plain HTTP to loopback only; the permission is for the origin', () => {
    expect(endpointProblem('https://ntfy.sh/x')).toBeNull();
    expect(endpointProblem('http://127.0.0.1:8080/hook')).toBeNull();
    expect(endpointProblem('http://localhost/hook')).toBeNull();
    expect(endpointProblem('http://hooks.school.vn/x')).toBe('not-https');
    expect(endpointProblem('http://127.0.0.1.evil.vn/x')).toBe('not-https');
    expect(endpointProblem('https://user:pw@h.vn/')).toBe('credentials');
    expect(endpointProblem('')).toBe('missing');
    expect(endpointProblem('ftp://h.vn')).toBe('not-https');
    expect(endpointProblem('not a url')).toBe('invalid');
    expect(originPattern('http://127.0.0.1:8080/hook?a=1')).toBe('http://127.0.0.1/*');
  });
});

let offline = false;

function harness(results: SendResult[]) {
  let stored: QueueState | undefined;
  let now = 1_000_000;
  const sent: string[] = [];
  const scheduled: (number | null)[] = [];
  const q = createQueue({
    load: async () => (stored ? structuredClone(stored) : undefined),
    save: async (s) => void (stored = structuredClone(s)),
    send: async (i) => {
      if (offline) throw new TypeError('Failed to fetch');
      sent.push(i.key);
      return results.shift() ?? { ok: true };
    },
    now: () => now,
    random: () => 1,
    schedule: (at) => void scheduled.push(at),
  });
  return { q, sent, scheduled, advance: (ms: number) => void (now += ms), stored: () => stored ?? emptyState() };
}

describe('what is forwarded', () => {
  it("alerts, and whatever a child was advised about even at review tier; not a teacher's review findings", () => {
    expect(isForwarded({ tier: 'alert', ruleId: 'chat.threat.template' })).toBe(true);
    expect(isForwarded({ tier: 'review', ruleId: 'child.private' })).toBe(true);
    expect(isForwarded({ tier: 'review', ruleId: 'chat.grooming.cue' })).toBe(false);
    expect(isForwarded({ tier: 'review', ruleId: 'participant.unknown' })).toBe(false);
  });
});

describe('queue', () => {
  it('a refused delivery is retried after the back-off and then delivered once', async () => {
    const h = harness([{ ok: false, error: 'HTTP 503', retry: true }]);
    await h.q.enqueue([item('a')]);
    await h.q.drain();
    expect(h.sent).toEqual(['a']);
    expect(h.stored().status.lastFailure?.error).toBe('HTTP 503');
    expect(h.scheduled.at(-1)).toBe(1_000_000 + FIRST_RETRY_MS);
    await h.q.drain(); // not due yet
    expect(h.sent).toEqual(['a']);
    h.advance(FIRST_RETRY_MS);
    await h.q.drain();
    await h.q.drain();
    expect(h.sent).toEqual(['a', 'a']);
    expect(h.stored().entries).toEqual([]);
    expect(h.scheduled.at(-1)).toBeNull();
  });

  it('the same finding enqueued again, queued or delivered, is not sent again', async () => {
    const h = harness([]);
    await h.q.enqueue([item('a'), item('a')]);
    await h.q.enqueue([item('a')]);
    await h.q.drain();
    await h.q.enqueue([item('a'), item('b')]);
    await h.q.drain();
    expect(h.sent).toEqual(['a', 'b']);
  });

  it('concurrent drains do not send an entry twice', async () => {
    const h = harness([]);
    await h.q.enqueue([item('a'), item('b')]);
    await Promise.all([h.q.drain(), h.q.drain(), h.q.drain()]);
    expect(h.sent).toEqual(['a', 'b']);
  });

  it('a rejected payload is given up at once, a failing endpoint after a week; both are counted', async () => {
    const h = harness([{ ok: false, error: 'HTTP 400', retry: false }]);
    await h.q.enqueue([item('a'), item('b')]);
    h.advance(GIVE_UP_MS);
    await h.q.drain();
    expect(h.stored().status.givenUp).toBe(1);
    expect(h.stored().entries.map((e) => e.item.key)).toEqual([]);
    expect(h.sent).toEqual(['a', 'b']);
  });

  it('a thrown sender (offline) counts as a failure to retry', async () => {
    const h = harness([]);
    await h.q.enqueue([item('a')]);
    offline = true;
    await h.q.drain();
    offline = false;
    expect(h.stored().entries.map((e) => e.failures)).toEqual([1]);
    expect(h.stored().status.lastFailure?.error).toContain('Failed to fetch');
    expect(h.scheduled.at(-1)).toBe(1_000_000 + FIRST_RETRY_MS);
  });
});
