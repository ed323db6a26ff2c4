/**
 * The tracker's cost per update (one per animation frame on a busy meeting), in Node:
 * 1,000 participants, 20 chat messages a second at 60 updates a second, with a Meet-style chat that
 * keeps every message rendered and a Zoom-style virtualized window. Reported, not asserted.
 */
import { performance } from 'node:perf_hooks';
import { createTracker } from '../src/content/tracker';
import type { ChatMessage, Coverage, Participant, Snapshot } from '../src/common/model';
import { figure, type Figure } from './figures';

const FULL: Coverage = {
  roster: 'full',
  rosterReason: null,
  chat: 'visible',
  chatReason: null,
  presenter: 'readable',
  presenterReason: null,
};
const FPS = 60;
const SECONDS = 60;

/** Fresh objects and strings on every call, as an adapter reading the DOM makes them. */
function participants(from: number, to: number): Participant[] {
  const out: Participant[] = [];
  for (let i = from; i < to; i++)
    out.push({
      id: `spaces/x/devices/${i}`,
      idStable: true,
      name: `Học sinh ${i}`,
      role: 'participant',
      self: i === 0,
    });
  return out;
}

function chat(from: number, to: number): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (let i = Math.max(0, from); i < to; i++) out.push(message(i));
  return out;
}

function message(i: number): ChatMessage {
  return {
    id: `m${i}`,
    senderId: null,
    senderName: `Học sinh ${i % 1000}`,
    self: false,
    text: `tin nhắn số ${i}`,
    time: null,
    privateTo: null,
  };
}

function run(label: string, frame: (f: number) => Snapshot): Figure {
  const t = createTracker();
  const frames = FPS * SECONDS;
  const times: number[] = [];
  let observations = 0;
  for (let f = 0; f < frames; f++) {
    const snap = frame(f);
    const start = performance.now();
    observations += t.update(snap, (f * 1000) / FPS).length;
    times.push(performance.now() - start);
  }
  const steady = times.slice(FPS).sort((a, b) => a - b);
  const pct = (p: number): string => `${(steady[Math.floor(p * (steady.length - 1))]! * 1000).toFixed(0)} µs`;
  const mean = steady.reduce((a, b) => a + b, 0) / steady.length;
  console.log(
    `${label}: median ${pct(0.5)}, p99 ${pct(0.99)}, mean ${(mean * 1000).toFixed(0)} µs per update ` +
      `(${((mean * FPS) / 10).toFixed(2)} % of one core at ${FPS} updates/s); ${observations} observations`,
  );
  return figure(`update, ${label}, mean`, mean * 1000, 'µs', null);
}

export default function bench(): Figure[] {
  const meeting = {
    platform: 'meet' as const,
    code: 'abc-defg-hij',
    title: null,
    url: 'https://meet.google.com/abc-defg-hij',
  };
  const base = {
    meeting,
    state: 'in-call' as const,
    self: { id: 'spaces/x/devices/0', name: 'Học sinh 0', host: true },
    participantCount: 1_000,
    waiting: [],
    presenters: [],
  };
  // 20 messages a second at 60 updates a second: message k appears in frame 3k.
  const latest = (f: number): number => Math.floor(f / 3) + 1;

  const figures: Figure[] = [];
  figures.push(
    run('1,000 participants, nothing changes', () => ({
      ...base,
      participants: participants(0, 1_000),
      chat: [],
      coverage: FULL,
    })),
  );
  figures.push(
    run('1,000 participants + 20 msg/s, whole chat rendered (Meet)', (f) => ({
      ...base,
      participants: participants(0, 1_000),
      chat: chat(0, latest(f)),
      coverage: FULL,
    })),
  );
  figures.push(
    run('1,000 participants + 20 msg/s, last 30 messages rendered (Zoom)', (f) => ({
      ...base,
      participants: participants(0, 1_000),
      chat: chat(latest(f) - 30, latest(f)),
      coverage: FULL,
    })),
  );
  figures.push(
    run('virtualized roster: 30 of 1,000 rows, scrolling', (f) => {
      const start = (f * 7) % 970;
      return {
        ...base,
        participants: participants(start, start + 30),
        chat: [],
        coverage: { ...FULL, roster: 'partial', rosterReason: 'virtualized' },
      };
    }),
  );
  return figures;
}
