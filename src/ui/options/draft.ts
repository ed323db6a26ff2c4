/**
 * The settings form as the teacher edits it, what of it is invalid, and how it is written into the
 * user's own layer. A key the school's policy sets is never written: its value on the page is the
 * school's, and copied into the teacher's own settings it would outlive the policy.
 */
import type { FindingCategory } from '../../common/model';
import { readableLayer, SettingsSchema, USER_LAYER, type Settings } from '../../common/settings';
import type { Sensitivity } from '../../common/detection';
import { updateUserSettings } from '../user-settings';
import { fromEditable, toEditable, type EditableClass } from './classes-editor';

export interface Draft {
  language: Settings['language'];
  blocked: string[];
  allowed: string[];
  domains: string[];
  notifications: boolean;
  sound: boolean;
  classes: EditableClass[];
  school: Settings['school'];
  /** As typed, checked on save. */
  retentionDays: string;
  off: FindingCategory[];
  sensitivity: Sensitivity;
}

export function draftOf(s: Settings): Draft {
  return {
    language: s.language,
    blocked: [...s.chat.blockedWords],
    allowed: [...s.chat.allowedWords],
    domains: [...s.chat.schoolDomains],
    notifications: s.alerts.notifications,
    sound: s.alerts.sound,
    classes: s.classes.map(toEditable),
    school: { ...s.school },
    retentionDays: String(s.retention.days),
    off: [...s.detection.off],
    sensitivity: s.detection.sensitivity,
  };
}

/** The settings keys each part of the draft edits. */
export const DRAFT_FIELDS = {
  language: ['language'],
  chat: ['blocked', 'allowed', 'domains'],
  alerts: ['notifications', 'sound'],
  classes: ['classes'],
  school: ['school'],
  retention: ['retentionDays'],
  detection: ['off', 'sensitivity'],
} as const satisfies Record<string, readonly (keyof Draft)[]>;

export type SettingsKey = keyof typeof DRAFT_FIELDS;

/**
 * The draft after the effective settings changed (a policy set, changed or removed while the page is
 * open): a key locked now, or locked before, shows what is in force; the teacher's edits stay elsewhere.
 */
export function followSettings(
  draft: Draft,
  fresh: Draft,
  lockedNow: ReadonlySet<string>,
  lockedBefore: ReadonlySet<string>,
): Draft {
  const next = { ...draft };
  for (const [key, fields] of Object.entries(DRAFT_FIELDS)) {
    if (!lockedNow.has(key) && !lockedBefore.has(key)) continue;
    for (const field of fields) (next as Record<keyof Draft, unknown>)[field] = fresh[field];
  }
  return next;
}

/** Whether two drafts hold the same settings (unsaved changes are the difference from what is saved). */
export const sameDraft = (a: Draft, b: Draft): boolean => JSON.stringify(a) === JSON.stringify(b);

export const MAX_RETENTION_DAYS = 3650;

/** A problem with one field: the message key and its substitutions, in the teacher's language later. */
export interface FieldProblem {
  field: 'retentionDays' | 'domains' | 'classes';
  key: string;
  subs: string[];
}

/** "https://www.School.edu.vn/path" → "www.school.edu.vn"; null when it is not a domain at all. */
export function domainOf(input: string): string | null {
  const host = input
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#:].*$/, '')
    .replace(/^\*\./, '')
    .replace(/\.$/, '');
  return /^(?=.{1,253}$)([\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u.test(host) ? host : null;
}

/** What keeps the draft from being saved, field by field (locked fields are not the teacher's to fix). */
export function problemsOf(draft: Draft, locked: ReadonlySet<string>): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!locked.has('retention')) {
    const n = Number(draft.retentionDays.trim());
    if (!/^\d+$/.test(draft.retentionDays.trim()) || n < 1 || n > MAX_RETENTION_DAYS)
      out.push({ field: 'retentionDays', key: 'settings_err_days', subs: [String(MAX_RETENTION_DAYS)] });
  }
  if (!locked.has('chat')) {
    const bad = draft.domains.filter((d) => domainOf(d) === null);
    if (bad.length) out.push({ field: 'domains', key: 'settings_err_domains', subs: [bad.slice(0, 3).join(', ')] });
  }
  if (!locked.has('classes')) {
    const unnamed = draft.classes.filter((c) => !c.name.trim()).length;
    if (unnamed) out.push({ field: 'classes', key: 'settings_err_class_name', subs: [String(unnamed)] });
  }
  return out;
}

/** Writes the draft; returns the schema's complaint (nothing written) or null once saved. */
export async function saveDraft(draft: Draft, locked: ReadonlySet<string>): Promise<string | null> {
  let problem: string | null = null;
  await updateUserSettings((current) => {
    const own = readableLayer(current, USER_LAYER).layer;
    const edited: Partial<Record<SettingsKey, unknown>> = {
      language: draft.language,
      chat: {
        blockedWords: unique(draft.blocked),
        allowedWords: unique(draft.allowed),
        schoolDomains: unique(draft.domains.map((d) => domainOf(d) ?? d)),
      },
      alerts: { notifications: draft.notifications, sound: draft.sound },
      classes: draft.classes.map(fromEditable),
      school: Object.fromEntries(Object.entries(draft.school).map(([k, v]) => [k, v.trim()])),
      retention: { days: Number(draft.retentionDays.trim()) },
      detection: { off: draft.off, sensitivity: draft.sensitivity },
    };
    for (const key of locked) delete edited[key as SettingsKey]; // lookup-ok: settings keys
    // A group keeps the fields this page does not edit (set by another page or a newer version).
    for (const [key, value] of Object.entries(edited)) {
      const before = own[key]; // lookup-ok: settings keys
      if (isGroup(value) && isGroup(before)) edited[key as SettingsKey] = { ...before, ...value };
    }
    // On top of what can be read of the stored layer: the page listed the rest as left out.
    const next = SettingsSchema.partial().safeParse({ ...own, ...edited });
    if (next.success) return next.data;
    const issue = next.error.issues[0];
    problem = `${issue?.path.join(' › ') ?? ''}: ${issue?.message ?? ''}`;
    return null;
  });
  return problem;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items.map((s) => s.trim()).filter(Boolean))];
}

const isGroup = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
