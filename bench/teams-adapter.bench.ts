/**
 * Cost of one Teams adapter snapshot on a busy class page in Chromium: 1,000 people in the meeting,
 * speaking-indicator churn on the stage between snapshots, chat arriving, and 8,000 elements of the
 * rest of the Teams app in the page. Four layouts: the roster
 * virtualized as Teams renders it, every row rendered (worst case), the People panel closed (the
 * adapter must look for panels that are not there), and the chat open instead of the roster.
 * The watcher calls snapshot() at most once per animation frame: compare with a 16.7 ms frame.
 */
import { fixture, launch, serve } from '../test/support/browser';
import { bundle } from '../test/support/bundle';
import { figure, type Figure } from './figures';

const PEOPLE = 1000;
const ROUNDS = 300;

interface Layout {
  name: string;
  cfg: Record<string, unknown>;
}
const LAYOUTS: Layout[] = [
  { name: 'roster open, virtualized (40 rows rendered)', cfg: { panel: 'roster', rosterSize: 40 } },
  { name: 'roster open, all 1,000 rows rendered', cfg: { panel: 'roster', rosterSize: 1100 } },
  { name: 'no side panel open', cfg: { panel: null } },
  { name: 'chat open (200 messages rendered)', cfg: { panel: 'chat', chatSize: 200 } },
];

export default async function run(): Promise<Figure[]> {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await serve(page, {
      'https://teams.microsoft.com/':
        '<!doctype html><html><head><meta charset="utf-8"><title>Microsoft Teams</title></head><body></body></html>',
    });
    await page.goto('https://teams.microsoft.com/v2/', { waitUntil: 'load' });
    await page.addScriptTag({ content: await bundle('src/platforms/teams/index.ts', 'CGTeams') });
    await page.addScriptTag({ content: fixture('teams/scenario.js') });
    const figures: Figure[] = [];
    for (const layout of LAYOUTS) {
      const f = await page.evaluate(
        (people, rounds, cfg) => {
          type Scenario = { mount(c: object): void; post(a: string, t: string): string };
          const w = window as unknown as {
            teamsScenario: Scenario;
            CGTeams: typeof import('../src/platforms/teams/index');
          };
          const s = w.teamsScenario;
          const everyone = Array.from({ length: people }, (_, i) =>
            i === 0
              ? {
                  name: 'Nguyễn Thị Lan',
                  mri: '8:orgid:00000000-0000-4000-8000-000000000000',
                  organizer: true,
                  kind: 'member',
                }
              : {
                  name: `Học sinh ${i}`,
                  mri: `8:orgid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
                  kind: 'member',
                },
          );
          const chat = Array.from({ length: 200 }, (_, i) => ({
            mid: 1_800_000_000_000 + i,
            at: 1_800_000_000_000 + i,
            author: `Học sinh ${i % 40}`,
            self: false,
            text: `tin nhắn số ${i}`,
          }));
          s.mount({
            lang: 'vi',
            title: 'Lớp 9A2 - Ngữ văn',
            self: { name: 'Nguyễn Thị Lan', mri: everyone[0]!.mri, organizer: true, signedIn: true },
            people: everyone,
            stageSize: 49,
            chat,
            ...cfg,
          });
          // The rest of the Teams app (chat list, channels, app bar) stays in the page during a call.
          document.getElementById('bench-shell')?.remove();
          const shell = document.createElement('div');
          shell.id = 'bench-shell';
          shell.hidden = true;
          for (let i = 0; i < 2000; i++) {
            const item = document.createElement('div');
            item.setAttribute('data-tid', `chat-list-item-${i}`);
            item.className = 'fui-TreeItem';
            item.innerHTML =
              '<span class="fui-Avatar"></span><span class="fui-Text">Tên nhóm</span><span class="fui-Text">tin nhắn cuối</span>';
            shell.append(item);
          }
          document.body.append(shell);
          const adapter = w.CGTeams.teams.createAdapter(document, window);
          let t = performance.now();
          const first = adapter.snapshot();
          const cold = performance.now() - t;
          const outlines = Array.from(document.querySelectorAll('[data-tid="voice-level-stream-outline"]'));
          const times: number[] = [];
          for (let r = 0; r < rounds; r++) {
            for (let i = r % 5; i < outlines.length; i += 5) outlines[i]!.classList.toggle('speaking');
            // 20 messages a second at 60 snapshots a second: one every third frame.
            if (r % 3 === 0) s.post(`Học sinh ${r % 40}`, `mới ${r}`);
            t = performance.now();
            adapter.snapshot();
            times.push(performance.now() - t);
          }
          times.sort((a, b) => a - b);
          return {
            participants: first.participants.length,
            chat: first.chat.length,
            nodes: document.getElementsByTagName('*').length,
            cold,
            mean: times.reduce((a, b) => a + b, 0) / times.length,
            p50: times[Math.floor(times.length * 0.5)]!,
            p95: times[Math.floor(times.length * 0.95)]!,
          };
        },
        PEOPLE,
        ROUNDS,
        layout.cfg,
      );
      const ms = (x: number): string => `${x.toFixed(3)} ms`;
      console.log(
        `${layout.name}: ${f.nodes} elements, read ${f.participants} rows / ${f.chat} messages; ` +
          `cold ${ms(f.cold)}, mean ${ms(f.mean)} (${((f.mean / (1000 / 60)) * 100).toFixed(2)} % of a frame), p50 ${ms(f.p50)}, p95 ${ms(f.p95)}`,
      );
      figures.push(figure(`snapshot, ${layout.name}, mean`, f.mean, 'ms', '≪ 16.7 (a frame)'));
    }
    return figures;
  } finally {
    await browser.cleanup();
  }
}
