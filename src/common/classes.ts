import { z } from 'zod';
import { CLASS_OPTION_DEFAULTS as D, type ClassOptions } from './class-options';
import type { MeetingIdentity, Platform } from './model';

export { CLASS_OPTION_DEFAULTS, type ClassOptions } from './class-options';

export { parseRosterText, type ParsedRoster } from './names/roster-text';

const name = z.string().trim().min(1).max(128);

/** A chat message's worth: the three clients take a few thousand characters a message. */
export const RULES_MAX = 2_000;

/** Titles and descriptions for policy (public/managed_schema.json and docs/policy.md are generated from them). */
const about = (title: string, description: string) => ({ title, description });

export const classOptionsSchema = z
  .object({
    learningMinutes: z
      .number()
      .int()
      .min(0)
      .max(120)
      .default(D.learningMinutes)
      .meta(
        about(
          'Learning minutes',
          'Without a roster: the minutes from the start during which arrivals are taken as the class (0: off).',
        ),
      ),
    flagRenames: z
      .boolean()
      .default(D.flagRenames)
      .meta(about('Flag renames', 'Alert when a participant changes their display name during the class.')),
    flagDeviceNames: z
      .boolean()
      .default(D.flagDeviceNames)
      .meta(
        about(
          'Flag device names',
          'Without a roster: alert on arrivals whose display name is a device’s (“iPhone”, “DESKTOP-1A2B”).',
        ),
      ),
    studentsMayPresent: z
      .boolean()
      .default(D.studentsMayPresent)
      .meta(about('Students may present', 'Students on the roster may share their screen without an alert.')),
    cohostsMayPresent: z
      .boolean()
      .default(D.cohostsMayPresent)
      .meta(
        about('Co-hosts may present', 'Co-hosts may share their screen even when they are not listed as teachers.'),
      ),
    raidThreshold: z
      .number()
      .int()
      .min(2)
      .max(100)
      .default(D.raidThreshold)
      .meta(about('Raid threshold', 'This many unknown arrivals within the raid window make a raid alert.')),
    raidWindowSeconds: z
      .number()
      .int()
      .min(1)
      .max(600)
      .default(D.raidWindowSeconds)
      .meta(
        about('Raid window (seconds)', 'The window, in seconds, in which unknown arrivals are counted for a raid.'),
      ),
  })
  .meta(
    about('Class options', 'How this class is guarded; each option left out takes its default.'),
  ) satisfies z.ZodType<ClassOptions>;

export const rosterEntrySchema = z
  .object({
    name: name.meta(about('Name', 'The student’s full name as on the school’s list (diacritics optional).')),
    aliases: z
      .array(name)
      .max(20)
      .default([])
      .meta(about('Aliases', 'Other names the student joins under (a nickname, a parent’s account).')),
  })
  .meta(about('Student', 'One student on the roster.'));

export const classSchema = z
  .object({
    id: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .meta(about('Class id', 'A stable id of your choosing, unique among the classes (e.g. 10a1-toan).')),
    name: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .meta(about('Class name', 'The name the teacher sees (e.g. Lớp 10A1 - Toán).')),
    meetings: z
      .array(z.string().trim().min(1).max(2048))
      .max(50)
      .default([])
      .meta(
        about(
          'Meetings',
          'The class’s meeting links or codes (Meet code, Zoom meeting id or link, Teams meeting link); a meeting that matches one of them is this class.',
        ),
      ),
    teachers: z
      .array(name)
      .max(20)
      .default([])
      .meta(about('Teachers', 'Display names of the teachers: they may present, and impostors of them are flagged.')),
    roster: z
      .array(rosterEntrySchema)
      .max(2000)
      .default([])
      .meta(about('Roster', 'The students of the class; anyone else who joins is flagged as not on the roster.')),
    isDefault: z
      .boolean()
      .default(false)
      .meta(about('Default class', 'Used for a meeting that matches no class’s meetings.')),
    options: classOptionsSchema.prefault({}),
    rules: z
      .string()
      .trim()
      .max(RULES_MAX)
      .default('')
      .meta(
        about(
          'Class rules',
          'The rules the teacher pastes into the meeting chat at the start of class; empty: the default rules in the teacher’s language.',
        ),
      ),
  })
  .meta(about('Class', 'One class: its meetings, teachers and roster.'));

export const classesSchema = z
  .array(classSchema)
  .max(200)
  .default([])
  .meta({
    ...about('Classes', 'Classes with their meeting links or codes, teachers and rosters.'),
    examples: [
      [
        {
          id: '10a1-toan',
          name: 'Lớp 10A1 - Toán',
          meetings: ['https://meet.google.com/abc-defg-hij', '812 3456 7890'],
          teachers: ['Nguyễn Thị Lan'],
          roster: [{ name: 'Trần Minh Anh' }, { name: 'Lê Hoàng Bảo', aliases: ['Bảo Lê'] }],
          options: { studentsMayPresent: false, raidThreshold: 4 },
          rules: 'Nội quy lớp 10A1:\n1. Vào lớp bằng họ và tên thật.\n2. Không chia sẻ đường link lớp học.',
        },
      ],
    ],
  });

export type RosterEntry = z.output<typeof rosterEntrySchema>;
export type ClassConfig = z.output<typeof classSchema>;
export type ClassInput = z.input<typeof classSchema>;

/** platform null when a bare code could be any. */
export interface MeetingRef {
  platform: Platform | null;
  code: string;
}

const MEET_CODE = /^([a-z]{3})-?([a-z]{4})-?([a-z]{3})$/i;
const TEAMS_THREAD = /19:meeting_[^/@?#\s]+@thread\.v2/i;

function meetCode(s: string): string | null {
  const m = MEET_CODE.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}`.toLowerCase() : null;
}

function fromUrl(url: URL): MeetingRef | null {
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  if (host === 'meet.google.com') {
    const first = segments[0] ?? '';
    const code = meetCode(first);
    if (code) return { platform: 'meet', code };
    if (first === 'lookup' && segments[1]) return { platform: 'meet', code: `lookup/${segments[1].toLowerCase()}` };
    return first ? { platform: 'meet', code: first.toLowerCase() } : null;
  }
  if (/(^|\.)zoom(gov)?\.(us|com)$/.test(host) || url.protocol === 'zoommtg:' || url.protocol === 'zoomus:') {
    const confno = url.searchParams.get('confno');
    const digits = confno ?? segments.find((s) => /^\d{9,11}$/.test(s));
    if (digits) return { platform: 'zoom', code: digits.replace(/\D/g, '') };
    if (segments[0] === 'my' && segments[1]) return { platform: 'zoom', code: `my/${segments[1].toLowerCase()}` };
    return null;
  }
  if (/(^|\.)teams\.(microsoft|live)\.com$/.test(host) || host === 'teams.cloud.microsoft') {
    let decoded = `${url.pathname}${url.hash}`;
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      // Look for the id in the raw text anyway.
    }
    const thread = TEAMS_THREAD.exec(decoded);
    if (thread) return { platform: 'teams', code: thread[0] };
    const meetId = /\/meet\/(\d{9,15})/.exec(decoded);
    return meetId?.[1] ? { platform: 'teams', code: meetId[1] } : null;
  }
  return null;
}

export function parseMeetingRef(input: string): MeetingRef | null {
  const s = input.trim().slice(0, 2048);
  if (s === '') return null;
  const looksLikeUrl =
    /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ||
    /^(?:[\w-]+\.)*(?:zoom\.us|zoom\.com|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com)\//i.test(s);
  if (looksLikeUrl) {
    try {
      return fromUrl(new URL(/:\/\//.test(s) ? s : `https://${s}`));
    } catch {
      return null;
    }
  }
  const meet = meetCode(s);
  if (meet) return { platform: 'meet', code: meet };
  const thread = TEAMS_THREAD.exec(s);
  if (thread) return { platform: 'teams', code: thread[0] };
  // Zoom (9–11 digits) or a Teams meeting id (12–15): compare digits only.
  const digits = s.replace(/[\s.-]/g, '');
  if (/^\d{9,15}$/.test(digits)) return { platform: null, code: digits };
  return { platform: null, code: s.toLowerCase() };
}

export function meetingRefOf(meeting: MeetingIdentity): MeetingRef | null {
  if (meeting.code) {
    const parsed = parseMeetingRef(meeting.code);
    return { platform: meeting.platform, code: parsed?.code ?? meeting.code.toLowerCase() };
  }
  const parsed = parseMeetingRef(meeting.url);
  return parsed ? { platform: meeting.platform, code: parsed.code } : null;
}

function sameRef(a: MeetingRef, b: MeetingRef): boolean {
  if (a.platform && b.platform && a.platform !== b.platform) return false;
  return a.code.toLowerCase() === b.code.toLowerCase();
}

export function matchClass(meeting: MeetingIdentity, classes: readonly ClassConfig[]): ClassConfig | null {
  const ref = meetingRefOf(meeting);
  if (ref) {
    for (const c of classes) {
      if (
        c.meetings.some((m) => {
          const r = parseMeetingRef(m);
          return r !== null && sameRef(r, ref);
        })
      )
        return c;
    }
  }
  return classes.find((c) => c.isDefault) ?? null;
}
