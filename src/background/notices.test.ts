import { describe, expect, it } from 'vitest';
import {
  createAlerter,
  NOTIFY_GAP_MS,
  notificationId,
  REPEAT_MS,
  sessionOfNotification,
  type AlerterState,
  type Notice,
} from './notices';
import type { EventDraft } from '../common/protocol';
import type { Finding, FindingCategory, Severity, Tier } from '../common/model';

let n = 0;
const finding = (
  category: FindingCategory,
  name: string,
  severity: Severity = 2,
  tier: Tier = 'alert',
  ruleId = `r.${category}`,
): EventDraft => ({
  id: `e${n++}`,
  type: 'finding',
  time: '2026-12-05T10:00:00+07:00',
  payload: {
    finding: {
      ruleId,
      category,
      severity,
      tier,
      subject: { participantId: name, name },
      evidence: { detail: `about ${name}` },
    } satisfies Finding,
  },
});

/** Storage as the extension's storage keeps it: plain JSON, outliving the alerter (the worker) that wrote it. */
function memoryStore() {
  let saved: string | undefined;
  return {
    load: async () => (saved === undefined ? undefined : JSON.parse(saved)),
    save: async (state: AlerterState) => void (saved = JSON.stringify(state)),
  };
}

function setup(
  opts: {
    enabled?: boolean;
    store?: ReturnType<typeof memoryStore>;
    t?: number;
    why?: (ruleId: string) => string | null;
  } = {},
) {
  let t = opts.t ?? 1_000_000;
  const shown: { id: string; notice: Notice; at: number }[] = [];
  const badges: { tabId: number; count: number; severe: boolean }[] = [];
  const timers: { at: number; fn: () => void }[] = [];
  const alerter = createAlerter({
    now: () => t,
    enabled: async () => opts.enabled ?? true,
    show: (id, notice) => shown.push({ id, notice, at: t }),
    badge: (tabId, count, severe) => badges.push({ tabId, count, severe }),
    later: (fn, ms) => timers.push({ at: t + ms, fn }),
    label: (c) =>
      ({ duplicate: 'Duplicate name', 'unknown-participant': 'Unknown participant', threat: 'Threat', raid: 'Raid' })[
        c as string
      ] ?? c,
    manyTitle: (count) => `Class Guard — ${count} alerts`,
    why: opts.why ?? (() => null),
    store: opts.store ?? memoryStore(),
  });
  /** Moves the clock, running the timers that come due. */
  const advance = (ms: number) => {
    t += ms;
    for (const timer of timers.splice(0).sort((a, b) => a.at - b.at)) {
      if (timer.at <= t) timer.fn();
      else timers.push(timer);
    }
  };
  return { alerter, shown, badges, advance, now: () => t };
}

describe('notifications', () => {
  it("says why a participant rule fired in the teacher's words, not the detector's English note", async () => {
    const why = (ruleId: string) => (ruleId === 'participant.unknown' ? 'Không có trong danh sách lớp.' : null);
    const { alerter, shown } = setup({ why });
    await alerter.onEventsStored('s1', [finding('unknown-participant', 'Kẻ lạ', 2, 'alert', 'participant.unknown')], 7);
    expect(shown[0]!.notice.message).toBe('Kẻ lạ: Không có trong danh sách lớp.');
  });

  it('a raid of 300 copied names is one notification at once and one sum-up after, not 300; the badge counts every alert', async () => {
    const { alerter, shown, badges, advance } = setup();
    await alerter.onEventsStored('s1', [finding('unknown-participant', 'Kẻ lạ')], 7);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      id: notificationId('s1'),
      notice: { title: 'Class Guard — Unknown participant', message: 'Kẻ lạ: about Kẻ lạ', priority: 1 },
    });

    for (let i = 0; i < 300; i += 50) {
      await alerter.onEventsStored(
        's1',
        Array.from({ length: 50 }, (_, k) => finding('duplicate', `Học sinh giả ${i + k}`)),
        7,
      );
      advance(100);
    }
    await alerter.onEventsStored('s1', [finding('threat', 'Kẻ lạ', 3)], 7);
    expect(shown).toHaveLength(1);
    advance(NOTIFY_GAP_MS);
    expect(shown).toHaveLength(2);
    // The same notification, replaced; the most severe category first, then by count.
    expect(shown[1]!.id).toBe(notificationId('s1'));
    expect(shown[1]!.notice.title).toBe('Class Guard — 301 alerts');
    expect(shown[1]!.notice.message).toBe('Threat ×1, Duplicate name ×300\nKẻ lạ: about Kẻ lạ');
    expect(shown[1]!.notice.priority).toBe(2);
    expect(badges.at(-1)).toEqual({ tabId: 7, count: 302, severe: true });
    // Quiet afterwards: nothing more.
    advance(60_000);
    expect(shown).toHaveLength(2);
  });

  it('each class has its own notification; an alert after a quiet spell notifies at once', async () => {
    const { alerter, shown, advance } = setup();
    await alerter.onEventsStored('a', [finding('raid', 'x')], 1);
    await alerter.onEventsStored('b', [finding('raid', 'y')], 2);
    expect(shown.map((s) => s.id)).toEqual([notificationId('a'), notificationId('b')]);
    advance(NOTIFY_GAP_MS + 1);
    await alerter.onEventsStored('a', [finding('duplicate', 'z')], 1);
    expect(shown).toHaveLength(3);
    expect(sessionOfNotification(shown[2]!.id)).toBe('a');
    expect(sessionOfNotification('someone-else')).toBeNull();
  });

  it('the same rule about the same person notifies once a minute, though every one counts on the badge', async () => {
    const { alerter, shown, badges, advance } = setup();
    const again = () => alerter.onEventsStored('s', [finding('duplicate', 'An')], 3);
    await again();
    advance(NOTIFY_GAP_MS + 1);
    await again();
    advance(NOTIFY_GAP_MS + 1);
    expect(shown).toHaveLength(1);
    advance(REPEAT_MS);
    await again();
    expect(shown).toHaveLength(2);
    expect(badges.at(-1)).toMatchObject({ count: 3, severe: false });
  });

  it('review findings neither notify nor count; with notifications off only the badge counts', async () => {
    const on = setup();
    await on.alerter.onEventsStored('s', [finding('duplicate', 'An', 1, 'review')], 3);
    expect(on.shown).toEqual([]);
    expect(on.badges).toEqual([]);

    const off = setup({ enabled: false });
    await off.alerter.onEventsStored('s', [finding('threat', 'X', 3)], 3);
    off.advance(NOTIFY_GAP_MS * 2);
    expect(off.shown).toEqual([]);
    expect(off.badges).toEqual([{ tabId: 3, count: 1, severe: true }]);
  });

  it('a worker stopped between two alerts: the next one counts on where it left off, shows the sum-up it owed, and does not notify a repeat again', async () => {
    const store = memoryStore();
    const first = setup({ store });
    await first.alerter.onEventsStored('s1', [finding('threat', 'Kẻ lạ', 3)], 7);
    await first.alerter.onEventsStored(
      's1',
      Array.from({ length: 10 }, (_, k) => finding('duplicate', `Học sinh giả ${k}`)),
      7,
    );
    expect(first.shown).toHaveLength(1);
    expect(first.badges.at(-1)).toEqual({ tabId: 7, count: 11, severe: true });
    // Chrome stops the worker before the sum-up falls due: its timer dies with it.
    const second = setup({ store, t: first.now() + 1_000 });
    await second.alerter.ready();
    expect(second.shown).toEqual([]);
    second.advance(NOTIFY_GAP_MS);
    expect(second.shown).toHaveLength(1);
    expect(second.shown[0]!.notice).toMatchObject({
      title: 'Class Guard — 10 alerts',
      message: 'Duplicate name ×10\nHọc sinh giả 0: about Học sinh giả 0',
    });
    // The badge counts on; the same threat about the same person within the minute notifies no one.
    await second.alerter.onEventsStored('s1', [finding('threat', 'Kẻ lạ', 3), finding('duplicate', 'Mới')], 7);
    expect(second.badges.at(-1)).toEqual({ tabId: 7, count: 13, severe: true });
    second.advance(NOTIFY_GAP_MS);
    expect(second.shown.at(-1)!.notice).toMatchObject({
      title: 'Class Guard — Duplicate name',
      message: 'Mới: about Mới',
    });
    // A stopped worker that owed nothing leaves nothing to show.
    const third = setup({ store, t: second.now() + 1_000 });
    await third.alerter.ready();
    third.advance(NOTIFY_GAP_MS * 2);
    expect(third.shown).toEqual([]);
  });

  it('a stored state that does not read (damaged, or from another version) is ignored, not fatal', async () => {
    const damaged = {
      load: async () => ({
        tabs: 'x',
        sessions: [
          [1, null],
          ['s', { pending: { count: 'many' } }],
        ],
      }),
      save: async () => {},
    };
    const { alerter, shown, badges } = setup({ store: damaged as unknown as ReturnType<typeof memoryStore> });
    await alerter.onEventsStored('s', [finding('raid', 'x')], 1);
    expect(shown).toHaveLength(1);
    expect(badges).toEqual([{ tabId: 1, count: 1, severe: false }]);
  });

  it('an attacker’s 100 KB name cannot flood the screen', async () => {
    const { alerter, shown } = setup();
    await alerter.onEventsStored('s', [finding('duplicate', 'A'.repeat(100_000))], undefined);
    expect(shown[0]!.notice.message.length).toBeLessThanOrEqual(200);
  });

  it('offers "In my class" for a stranger, naming them and the finding, but not for a threat in the chat', async () => {
    const { alerter, shown, advance } = setup();
    const stranger = finding('unknown-participant', 'Kẻ Lạ Mặt');
    await alerter.onEventsStored('s', [stranger], 1);
    expect(shown[0]!.notice.person).toEqual({ name: 'Kẻ Lạ Mặt', findingId: stranger.id });
    advance(REPEAT_MS);
    await alerter.onEventsStored('s', [finding('threat', 'Kẻ Lạ Mặt', 3)], 1);
    advance(NOTIFY_GAP_MS);
    expect(shown).toHaveLength(2);
    expect(shown[1]!.notice.person).toBeUndefined();
  });

  it('a meeting the teacher paused shows no notification until resumed; the badge still counts; another meeting alerts', async () => {
    const store = memoryStore();
    const { alerter, shown, badges, advance, now } = setup({ store });
    const act = (action: string): EventDraft => ({
      id: `a${n++}`,
      type: 'teacher.action',
      time: '2026-12-05T10:00:00+07:00',
      payload: { action, findingId: '', findingIds: [] },
    });
    await alerter.onEventsStored('s', [act('paused')], 1);
    await alerter.onEventsStored('s', [finding('unknown-participant', 'Kẻ lạ')], 1);
    advance(NOTIFY_GAP_MS);
    expect(shown).toEqual([]);
    expect(badges.at(-1)).toMatchObject({ tabId: 1, count: 1 });
    expect(alerter.isPaused('s')).toBe(true);
    await alerter.onEventsStored('other', [finding('unknown-participant', 'Kẻ lạ')], 2);
    expect(shown.map((x) => x.id)).toEqual([notificationId('other')]);
    // A restarted worker still knows.
    const again = setup({ store, t: now() + 1 });
    await again.alerter.ready();
    expect(again.alerter.isPaused('s')).toBe(true);
    await again.alerter.onEventsStored('s', [act('resumed'), finding('unknown-participant', 'Người khác')], 1);
    expect(again.shown.map((x) => x.id)).toEqual([notificationId('s')]);
  });
});
