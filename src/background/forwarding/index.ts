/**
 * The Chrome side of forwarding (docs/forwarding.md): findings stored in the log are queued in
 * storage.local, sent with fetch, and retried from an alarm, which wakes a sleeping worker. Nothing
 * here is awaited by the event log: a slow or dead endpoint never holds up storing.
 */
import type { EventDraft, ForwardingStatus } from '../../common/protocol';
import type { Finding } from '../../common/model';
import type { Settings } from '../../common/settings';
import { loadSettings, onSettingsChanged } from '../settings-store';
import { db } from '../event-log';
import { localStorageArea } from '../../browser/storage';
import { onNamedAlarm, setAlarm } from '../../browser/alarms';
import { hasHostPermission } from '../../browser/permissions';
import { categoryText, noticeLang, text, type Lang } from '../notice-text';
import { buildRequest, isForwarded, type ForwardItem, type ForwardText } from './payload';
import { endpointProblem, FORWARD_QUEUE_KEY, originPattern } from '../../common/forwarding-endpoint';
import { createQueue, type QueueState, type SendResult } from './queue';

const QUEUE_KEY = FORWARD_QUEUE_KEY;
const ALARM = 'cg.forward.retry';
const TIMEOUT_MS = 20_000;
const PLATFORM_NAMES = new Map([
  ['meet', 'Google Meet'],
  ['zoom', 'Zoom'],
  ['teams', 'Microsoft Teams'],
]);

const forwarding = async (): Promise<Settings['forwarding']> => (await loadSettings()).settings.forwarding;

/** The summary in the language chosen in settings (auto: the browser's), as notifications are. */
export function forwardText(item: ForwardItem, lang: Lang): ForwardText {
  const label = categoryText(lang, item.category);
  const time = new Date(item.time).toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  const platform = PLATFORM_NAMES.get(item.platform) ?? item.platform;
  const title = text(lang, item.audience === 'child' ? 'fwd_title_child' : 'fwd_title_teacher');
  return { title, body: text(lang, 'fwd_summary', label, String(item.severity), platform, time) };
}

/** One delivery: a 2xx is done; a refusal of the request itself (4xx but a timeout or rate limit) will not improve. */
export async function deliver(settings: Settings['forwarding'], item: ForwardItem): Promise<SendResult> {
  const problem = endpointProblem(settings.url);
  if (problem) return { ok: false, error: `endpoint: ${problem}`, retry: true };
  const summary = forwardText(item, await noticeLang());
  const req = await buildRequest(settings, item, summary, Math.floor(Date.now() / 1000));
  let res: Response;
  try {
    res = await fetch(req.url, {
      method: 'POST',
      headers: req.headers,
      body: req.body,
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    const allowed = await hasHostPermission(originPattern(settings.url)).catch(() => false);
    const why = allowed ? String(err) : `${String(err)} (no permission for ${new URL(settings.url).origin})`;
    return { ok: false, error: why, retry: true };
  }
  if (res.ok) return { ok: true };
  const retry = res.status >= 500 || res.status === 408 || res.status === 425 || res.status === 429;
  return { ok: false, error: `HTTP ${res.status} ${res.statusText}`.trim(), retry };
}

const queue = createQueue({
  load: async () => (await localStorageArea.get(QUEUE_KEY))[QUEUE_KEY] as QueueState | undefined,
  save: (state) => localStorageArea.set({ [QUEUE_KEY]: state }),
  async send(item) {
    return deliver(await forwarding(), item);
  },
  now: () => Date.now(),
  random: Math.random,
  schedule: (at) => setAlarm(ALARM, at),
});

/** Sends what is due, unless forwarding is off (the queue then waits for it to be on again). */
async function drainIfOn(): Promise<void> {
  if ((await forwarding()).enabled) await queue.drain();
}

function itemOf(
  e: EventDraft,
  platform: ForwardItem['platform'],
  meeting: ForwardItem['meeting'],
  words: boolean,
): ForwardItem | null {
  if (e.type !== 'finding') return null;
  const f = e.payload['finding'] as Finding | undefined;
  if (!f || !isForwarded(f)) return null;
  const said = words && (f.subject.name || f.evidence.text) ? { name: f.subject.name, text: f.evidence.text } : null;
  return {
    key: e.id,
    time: e.time,
    platform,
    audience: f.ruleId.startsWith('child.') ? 'child' : 'teacher',
    category: f.category,
    severity: f.severity,
    ruleId: f.ruleId,
    meeting: words ? meeting : null,
    words: said,
  };
}

/** Queues the alerts among freshly stored events and tries to send them now. */
export async function forwardStored(sessionId: string, events: readonly EventDraft[]): Promise<void> {
  if (!events.some((e) => e.type === 'finding')) return;
  const settings = await forwarding();
  if (!settings.enabled) return;
  const session = await (await db()).get('sessions', sessionId);
  if (!session) return;
  const meeting = { code: session.meeting.code, title: session.meeting.title };
  const items = events.flatMap((e) => itemOf(e, session.meeting.platform, meeting, settings.includeWords) ?? []);
  if (items.length === 0) return;
  await queue.enqueue(items);
  await drainIfOn();
}

/** For the settings page: what waits, and how the last tries went. */
export async function forwardingStatus(): Promise<ForwardingStatus> {
  const s = await queue.state();
  const oldestQueuedAt = s.entries.reduce<number | null>(
    (min, e) => (min === null || e.queuedAt < min ? e.queuedAt : min),
    null,
  );
  return { pending: s.entries.length, oldestQueuedAt, status: s.status };
}

/** The settings page's test button: one made-up finding, sent now, not queued. */
export async function sendTest(): Promise<SendResult> {
  const settings = await forwarding();
  return deliver(settings, {
    key: `test-${crypto.randomUUID()}`,
    time: new Date().toISOString(),
    platform: 'meet',
    audience: 'teacher',
    category: 'unknown-participant',
    severity: 1,
    ruleId: 'forwarding.test',
    meeting: null,
    words: settings.includeWords ? { text: text(await noticeLang(), 'fwd_test_words') } : null,
  });
}

onNamedAlarm(ALARM, () => void drainIfOn().catch((e: unknown) => console.warn('Class Guard forwarding:', e)));
// Turned on again (or the URL fixed): what waits goes now.
onSettingsChanged(() => void drainIfOn().catch(() => undefined));
// A worker woken for something else sends what became due while it slept.
void drainIfOn().catch(() => undefined);
