/**
 * Settings: one zod schema is the source of truth for the user's settings, their defaults and the
 * keys school IT may set through managed policy. Precedence: managed ⊕ user ⊕ defaults.
 */
import { z } from 'zod';
import { classesSchema } from './classes';

export const SETTINGS_VERSION = 1;

export const ChatSettingsSchema = z.object({
  /** Words the teacher wants flagged whatever the classifier thinks. */
  blockedWords: z.array(z.string().max(100)).max(2000).default([]),
  /** Words the teacher marked "not harmful". */
  allowedWords: z.array(z.string().max(100)).max(2000).default([]),
  /** The school's own domains: links to them are not flagged. */
  schoolDomains: z.array(z.string().max(253)).max(200).default([]),
});

export const AlertSettingsSchema = z.object({
  notifications: z.boolean().default(true),
  sound: z.boolean().default(false),
});

export const SettingsSchema = z.object({
  version: z.number().int().default(SETTINGS_VERSION),
  language: z.enum(['auto', 'vi', 'en']).default('auto'),
  /** Classes with their meetings, teachers and rosters (schema in src/shared/classes.ts). */
  classes: classesSchema,
  chat: ChatSettingsSchema.default({ blockedWords: [], allowedWords: [], schoolDomains: [] }),
  alerts: AlertSettingsSchema.default({ notifications: true, sound: false }),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Merges layers key by key (managed wins), keeping only what the schema knows; an invalid layer is ignored, not fatal. */
export function effectiveSettings(user: unknown, managed: unknown): { settings: Settings; locked: string[]; problems: string[] } {
  const problems: string[] = [];
  const layer = (raw: unknown, name: string): Record<string, unknown> => {
    if (raw === undefined || raw === null) return {};
    const r = SettingsSchema.partial().safeParse(raw);
    if (!r.success) {
      problems.push(`${name}: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
      return {};
    }
    return Object.fromEntries(Object.entries(r.data).filter(([k]) => k in (raw as object)));
  };
  const u = layer(user, 'user settings');
  const m = layer(managed, 'managed policy');
  const settings = SettingsSchema.parse({ ...u, ...m });
  return { settings, locked: Object.keys(m), problems };
}
