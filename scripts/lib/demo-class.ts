/**
 * The demo classroom of `npm start`: local copies of each client (the test fixtures) served at the
 * clients' real URLs, the steps of a short "class bombing" in each (page-world scenario drivers of the
 * fixtures), the demo class's settings, and the findings the log must then hold.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type Platform = 'meet' | 'zoom' | 'teams';
export type Lang = 'vi' | 'en';
export const PLATFORMS: readonly Platform[] = ['meet', 'zoom', 'teams'];
export const LANGS: readonly Lang[] = ['vi', 'en'];

const root = path.resolve(import.meta.dirname, '../..');
export const fixture = (rel: string): string => readFileSync(path.join(root, 'test/fixtures', rel), 'utf8');

export interface DemoClient {
  platform: Platform;
  name: string;
  url: string;
  routes: Record<string, string>;
  driver: string;
  /** Expressions run in the meeting's frame, one step every few seconds. */
  steps: string[];
  /** [category, subject name]: what Class Guard must have found once the steps are played. */
  expected: [string, string][];
}

export function demoClients(lang: Lang): DemoClient[] {
  return [
    {
      platform: 'meet',
      name: 'Google Meet',
      url: 'https://meet.google.com/abc-defg-hij',
      routes: { 'https://meet.google.com/': fixture(`meet/in-call-people.${lang}.html`) },
      driver: 'meet/scenario.js',
      steps: [
        `meetScenario.knock('Khách Lạ 007', '901')`,
        `meetScenario.join('Nguyễn Thị Lаn', '902')`, // Cyrillic "а": an impostor of the teacher
        `meetScenario.openChat()`,
        `meetScenario.post('Khách Lạ 007', 'vào zalo.me/0987654321 nhé các em')`,
        `meetScenario.post('Trần Minh Anh', 'cô ơi em chưa hiểu bài 3')`,
      ],
      expected: [
        ['unknown-participant', 'Khách Lạ 007'],
        ['impersonation', 'Nguyễn Thị Lаn'],
        ['link', 'Khách Lạ 007'],
      ],
    },
    {
      platform: 'zoom',
      name: 'Zoom',
      url: 'https://app.zoom.us/wc/81234567890/start',
      routes: {
        'https://app.zoom.us/wc/81234567890/start': fixture(`zoom/shell.${lang}.html`),
        'https://app.zoom.us/wc/81234567890/join': fixture(`zoom/class.${lang}.html`),
      },
      driver: 'zoom/scenario.js',
      steps: [
        `zoomScenario.join('Nguyễn Văn An', 16779300); zoomScenario.join('Lê Văn Cường', 16779301)`,
        `zoomScenario.waitingJoin('Stranger Danger')`,
        `zoomScenario.openChat()`,
        `zoomScenario.post('Lê Văn Cường', 'đm mày ngu vl', {})`,
        `zoomScenario.share('Lê Văn Cường')`,
      ],
      expected: [
        ['unknown-participant', 'Stranger Danger'],
        ['profanity', 'Lê Văn Cường'],
        ['screen-share', 'Lê Văn Cường'],
      ],
    },
    {
      platform: 'teams',
      name: 'Microsoft Teams',
      url: 'https://teams.microsoft.com/v2/',
      routes: { 'https://teams.microsoft.com/': fixture(`teams/roster.${lang}.html`) },
      driver: 'teams/scenario.js',
      steps: [
        // In the lobby, at the top of the roster: a join below the rows Teams renders would go unseen.
        `teamsScenario.lobbyJoin('Người Lạ', '8:teamsvisitor:demo1')`,
        `teamsScenario.openChat()`,
        `teamsScenario.post('Người Lạ', 'kết bạn zalo với anh nhé, đừng nói với bố mẹ')`,
      ],
      expected: [
        ['unknown-participant', `Người Lạ${lang === 'vi' ? ' (Khách)' : ' (Guest)'}`],
        ['grooming', 'Người Lạ'],
      ],
    },
  ];
}

/** The demo class: its teacher and roster, as a teacher would set them up in the options page. */
export const DEMO_CLASS = {
  id: 'demo-10a1',
  name: 'Lớp 10A1 — demo',
  isDefault: true,
  meetings: ['abc-defg-hij', '81234567890'],
  teachers: ['Nguyễn Thị Lan'],
  roster: [
    'Trần Minh Anh',
    'Lê Hoàng Bảo',
    'Phạm Thu Hà',
    'Phạm Minh Anh',
    'Lê Bảo Ngọc',
    'Trần Gia Huy',
    'Nguyễn Khánh Linh',
    'Hoàng Đức Thịnh',
    'Vũ Thu Trang',
    'Võ Quốc Bảo',
    'Đặng Hà My',
    'Nguyễn Văn An',
    'Lê Văn Cường',
  ].map((name) => ({ name })),
};

/** The demo school: its name set, its contacts left blank to show the lines a school fills in by hand. */
export const DEMO_SCHOOL = { name: 'Trường THCS Demo' };
