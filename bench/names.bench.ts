/**
 * Name matching cost: per new participant against a 1,000-name roster (µs, p50/p99), per snapshot with
 * 1,000 present (every name matched once), and the participant guard's cost per join with 1,000 in the call.
 * Names are generated (deterministic): Vietnamese family/middle/given combinations, with the variants
 * seen in class (no diacritics, Western order, given name only, typos, suffixes) and strangers.
 */
import { cpus, loadavg } from 'node:os';
import { classSchema } from '../src/common/classes';
import type { Participant } from '../src/common/model';
import { createRosterIndex } from '../src/common/names';
import { createParticipantGuard } from '../src/detect/participants';
import { figure, type Figure } from './figures';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = [
  'Văn',
  'Thị',
  'Minh',
  'Hoàng',
  'Ngọc',
  'Thu',
  'Đức',
  'Quốc',
  'Gia',
  'Khánh',
  'Bảo',
  'Thanh',
  'Hữu',
  'Mỹ',
];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Duy',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Hương',
  'Huy',
  'Khoa',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Minh',
  'Nam',
  'Ngân',
  'Nhi',
  'Phong',
  'Phúc',
  'Quân',
  'Quỳnh',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tú',
  'Tuấn',
  'Vy',
  'Yến',
];

let seed = 42;
const rand = (): number => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const strip = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

function roster(n: number): string[] {
  const names = new Set<string>();
  while (names.size < n) names.add(`${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`);
  return [...names];
}

/** A display name as a participant might show it: the roster name in some variant, or a stranger. */
function displayName(rosterNames: readonly string[]): string {
  const name = pick(rosterNames);
  const words = name.split(' ');
  const r = rand();
  if (r < 0.3) return name;
  if (r < 0.45) return strip(name);
  if (r < 0.55) return `${words[2]} ${words[0]} ${words[1]}`;
  if (r < 0.62) return words[2] ?? name;
  if (r < 0.7) return `${name} (Guest)`;
  if (r < 0.78) return `10A1 - ${strip(name).replace(/([aeiou])([^aeiou ])/, '$2$1')}`;
  if (r < 0.82) return `iPhone của ${words[2]}`;
  const word = Array.from({ length: 5 }, () => pick('abcdeghiklmnopqrstuvxy'.split(''))).join('');
  return `${pick(['Kẻ', 'Người', 'Bạn', 'Hacker', 'User'])} ${pick(['Lạ', 'Mới', 'Xấu', 'Ẩn'])} ${word}`;
}

function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99) };
}

function timeEach<T>(inputs: readonly T[], fn: (x: T) => unknown): number[] {
  const out: number[] = [];
  for (const x of inputs) {
    const start = process.hrtime.bigint();
    fn(x);
    out.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  return out;
}

const fmt = (us: number): string => (us < 10 ? us.toFixed(2) : us.toFixed(1));

/** CPU time of `fn` in µs: unlike wall time, not inflated when other processes hold the cores. */
function cpuTime(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

export default function run(): Figure[] {
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} (wall-time tails grow with load; CPU times do not)`,
  );
  const names = roster(1000);
  const entries = names.map((name) => ({ name }));

  const start = process.hrtime.bigint();
  const index = createRosterIndex(entries);
  const buildMs = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`roster index build, 1,000 names: ${buildMs.toFixed(1)} ms`);

  const queries = Array.from({ length: 20_000 }, () => displayName(names));
  timeEach(queries.slice(0, 2000), (q) => index.match(q)); // warm-up
  const perMatch = percentiles(timeEach(queries, (q) => index.match(q)));
  const verdicts = { known: 0, approximate: 0, unknown: 0 };
  for (const q of queries.slice(0, 5000)) verdicts[index.match(q).verdict]++;
  console.log(
    `match one new participant vs 1,000-name roster: p50 ${fmt(perMatch.p50)} µs, p99 ${fmt(perMatch.p99)} µs (target: tens of µs)`,
  );
  console.log(
    `  mix of 5,000 queries: ${verdicts.known} known, ${verdicts.approximate} approximate, ${verdicts.unknown} unknown`,
  );

  const snapshots: number[] = [];
  for (let s = 0; s < 30; s++) {
    const present = Array.from({ length: 1000 }, () => displayName(names));
    snapshots.push(cpuTime(() => present.forEach((q) => index.match(q))));
  }
  const snap = percentiles(snapshots);
  console.log(
    `match a snapshot with 1,000 present (every name once), CPU: p50 ${(snap.p50 / 1000).toFixed(1)} ms, p99 ${(snap.p99 / 1000).toFixed(1)} ms (${fmt(snap.p50 / 1000)} µs a name)`,
  );

  // The guard: 1,000 join one by one (each checked for copies, duplicates, raid), then 500 more arrive.
  let t = 0;
  const guard = createParticipantGuard({
    classConfig: classSchema.parse({ id: 'b', name: 'bench', teachers: ['Nguyễn Thị Lan'], roster: entries }),
    now: () => t,
  });
  const self = { id: 'me', name: 'Nguyễn Thị Lan', host: true };
  guard.observe(
    {
      kind: 'meeting.state',
      state: 'in-call',
      meeting: { platform: 'meet', code: 'abc-defg-hij', title: null, url: 'https://meet.google.com/abc-defg-hij' },
    },
    self,
  );
  const person = (i: number, name: string): Participant => ({
    id: `p${i}`,
    idStable: true,
    name,
    role: 'participant',
    self: false,
  });
  const joins = Array.from({ length: 1000 }, (_, i) => person(i, displayName(names)));
  let first: number[] = [];
  const fillCpu = cpuTime(() => {
    first = timeEach(joins, (p) => {
      t += 3000;
      return guard.observe({ kind: 'participant.joined', participant: p }, self);
    });
  });
  const more = Array.from({ length: 500 }, (_, i) => person(5000 + i, displayName(names)));
  const late = timeEach(more, (p) => {
    t += 3000;
    return guard.observe({ kind: 'participant.joined', participant: p }, self);
  });
  const badges = timeEach(joins, (p) => guard.badgeFor(p.id));
  const a = percentiles(first);
  const b = percentiles(late);
  const c = percentiles(badges);
  console.log(
    `guard.observe(participant.joined) while filling to 1,000: p50 ${fmt(a.p50)} µs, p99 ${fmt(a.p99)} µs; CPU for all 1,000 joins ${(fillCpu / 1000).toFixed(1)} ms`,
  );
  console.log(`guard.observe(participant.joined) with 1,000+ present: p50 ${fmt(b.p50)} µs, p99 ${fmt(b.p99)} µs`);
  console.log(`guard.badgeFor with 1,500 present: p50 ${fmt(c.p50)} µs, p99 ${fmt(c.p99)} µs`);
  return [
    figure('match a name vs 1,000-name roster, p50', perMatch.p50, 'µs', 'tens of µs'),
    figure('match a name vs 1,000-name roster, p99', perMatch.p99, 'µs', 'tens of µs'),
    figure('match 1,000 present (CPU), p50', snap.p50 / 1000, 'ms', null),
    figure('guard: a join with 1,000+ present, p99', b.p99, 'µs', null),
  ];
}
