/**
 * Settings: one zod schema is the source of truth for the user's settings, their defaults and the
 * keys school IT may set through managed policy. Precedence: managed ⊕ user ⊕ defaults.
 */
import { z } from 'zod';
import { classesSchema } from './classes';
import { FINDING_CATEGORIES, SENSITIVITIES } from './detection';
import { visibleText } from './visible-text';
import { ForwardingSettingsSchema, ParentSettingsSchema } from './settings-family';

export { FORWARDING_KINDS } from './settings-family';

export const SETTINGS_VERSION = 1;

export const ChatSettingsSchema = z
  .object({
    /** Words the teacher wants flagged whatever the classifier thinks. */
    blockedWords: z.array(z.string().max(100)).max(2000).default([]).meta({
      title: 'Blocked words',
      description:
        'Words and phrases flagged in the chat whatever the classifier thinks, one entry per word or phrase.',
    }),
    /** Words the teacher marked "not harmful". */
    allowedWords: z.array(z.string().max(100)).max(2000).default([]).meta({
      title: 'Allowed words',
      description: 'Words and phrases never flagged in the chat (a subject’s own vocabulary that looks harmful).',
    }),
    /** The school's own domains: links to them are not flagged. */
    schoolDomains: z.array(z.string().max(253)).max(200).default([]).meta({
      title: 'School domains',
      description: 'The school’s own domains (e.g. school.edu.vn): links to them and their subdomains are not flagged.',
    }),
  })
  .meta({ title: 'Chat detection', description: 'Blocked and allowed words, and the school’s own domains.' });

export const AlertSettingsSchema = z
  .object({
    notifications: z.boolean().default(true).meta({
      title: 'System notifications',
      description: 'Alert the teacher with a system notification, not only the toolbar badge.',
    }),
    sound: z.boolean().default(false).meta({
      title: 'Alert sound',
      description: 'Play a short sound in the meeting tab when an alert opens the in-meeting panel.',
    }),
  })
  .meta({ title: 'Alerts', description: 'How the teacher is alerted.' });

const contact = (title: string, description: string) => z.string().max(500).default('').meta({ title, description });

export const SchoolSettingsSchema = z
  .object({
    name: z.string().max(200).default('').meta({
      title: 'School name',
      description: 'The school’s name as it heads the incident report (e.g. Trường THCS Nguyễn Du).',
    }),
    leadership: contact(
      'School leadership contact',
      'Who at the school receives incident reports: name, role, phone or e-mail (the report’s routing block).',
    ),
    educationOffice: contact(
      'Education office contact',
      'The education office (Phòng/Sở Giáo dục và Đào tạo) an incident is reported to: name, phone or e-mail.',
    ),
    police: contact(
      'Police contact',
      'The police unit incidents involving threats or abuse of children are reported to: name and phone.',
    ),
  })
  .meta({
    title: 'School and report contacts',
    description: 'The school’s name and the contacts printed in the incident report’s routing block.',
  });

export const RetentionSettingsSchema = z
  .object({
    days: z.number().int().min(1).max(3650).default(30).meta({
      title: 'Keep meetings for (days)',
      description: 'Meetings older than this many days are deleted from this browser, except those kept as evidence.',
    }),
  })
  .meta({ title: 'Data retention', description: 'How long the event log keeps a meeting.' });

export const DetectionSettingsSchema = z
  .object({
    off: z
      .array(z.enum(FINDING_CATEGORIES))
      .max(FINDING_CATEGORIES.length * 2)
      .default([])
      .meta({
        title: 'Categories switched off',
        description:
          'Finding categories that raise nothing (no alert, no entry in the panel or report), e.g. "link" or "spam". The events themselves are still logged.',
      }),
    sensitivity: z.enum(SENSITIVITIES).default('standard').meta({
      title: 'Sensitivity',
      description:
        'low: only clear alerts (review-tier findings are dropped, except about self-harm, grooming, threats and sexual content); standard: the detectors’ own judgement; high: review-tier findings of medium or high severity become alerts.',
    }),
  })
  .meta({ title: 'Detection', description: 'Which kinds of finding are raised, and how readily.' });
export const SettingsSchema = z.object({
  /** The stored layer's format, for migrations; not a setting (policy cannot set it). */
  version: z.number().int().default(SETTINGS_VERSION),
  language: z
    .enum(['auto', 'vi', 'en'])
    .default('auto')
    .meta({
      title: 'Language',
      description: 'Language of the extension’s pages, alerts and reports: auto (the browser’s), vi or en.',
      examples: ['vi'],
    }),
  /** Classes with their meetings, teachers and rosters (schema in src/common/classes.ts). */
  classes: classesSchema,
  chat: ChatSettingsSchema.default({ blockedWords: [], allowedWords: [], schoolDomains: [] }).meta({
    examples: [{ blockedWords: ['đồ ngu'], allowedWords: ['giết thời gian'], schoolDomains: ['thcs-example.edu.vn'] }],
  }),
  alerts: AlertSettingsSchema.default({ notifications: true, sound: false }).meta({
    examples: [{ notifications: true, sound: false }],
  }),
  school: SchoolSettingsSchema.default({ name: '', leadership: '', educationOffice: '', police: '' }).meta({
    examples: [
      {
        name: 'Trường THCS Nguyễn Du',
        leadership: 'Cô Trần Thị Mai, Hiệu trưởng, 0912 345 678',
        educationOffice: 'Phòng GD&ĐT Quận 1, 028 3829 0000',
        police: 'Công an Phường Bến Nghé, 028 3822 0000',
      },
    ],
  }),
  retention: RetentionSettingsSchema.default({ days: 30 }).meta({ examples: [{ days: 90 }] }),
  detection: DetectionSettingsSchema.default({ off: [], sensitivity: 'standard' }).meta({
    examples: [{ off: ['link'], sensitivity: 'standard' }],
  }),
  forwarding: ForwardingSettingsSchema.default({
    enabled: false,
    kind: 'webhook',
    url: '',
    secret: '',
    token: '',
    includeWords: false,
  }).meta({
    examples: [{ enabled: true, kind: 'ntfy', url: 'https://ntfy.sh/lop-7a-canh-bao', includeWords: false }],
  }),
  parent: ParentSettingsSchema.default({ childAdvice: true, unlockMinutes: 10 }).meta({
    examples: [{ childAdvice: true, unlockMinutes: 5 }],
  }),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** The layers' names, which begin each of their problems ("managed policy: classes › 2 …"). */
export const POLICY_LAYER = 'managed policy';
export const USER_LAYER = 'user settings';

/** At most this many problems are told; the rest are counted. */
const PROBLEMS_SHOWN = 20;
const LABEL_MAX = 60;

/** "classes › 2 (“Lớp 7A”) › roster › 17": where in a layer, with the name of each named list item on the way. */
function where(root: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = root;
  for (const key of path) {
    // lookup-ok: a parse issue's path into this very value
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const label =
      typeof key === 'number' && node !== null && typeof node === 'object'
        ? (node as { name?: unknown }).name
        : undefined;
    // A name may be a captured display name: its bidi overrides and invisible characters are shown, not obeyed.
    parts.push(
      typeof label === 'string' && label.trim()
        ? `${String(key)} (“${visibleText(label.trim().slice(0, LABEL_MAX))}”)`
        : String(key),
    );
  }
  return parts.join(' › ');
}

/**
 * What of one settings layer can be read, and what could not. Each unreadable part is left out on its
 * own, not the layer with it: a field with a default (one class option) first, then the list item
 * an issue lies in (one roster name, one blocked word, a class without its id), the items of a list
 * past its maximum, else the top-level key. A school's policy with one over-long name in one roster
 * still locks everything else it sets.
 */
export function readableLayer(raw: unknown, name: string): { layer: Record<string, unknown>; problems: string[] } {
  if (raw === undefined || raw === null) return { layer: {}, problems: [] };
  const value = cloneObject(raw);
  if (!value) return { layer: {}, problems: [`${name}: not a settings object: ignored`] };
  const reading: Reading = { name, value, problems: [], more: 0, tried: new Map() };
  // Each pass leaves out what the last one found; a field without a default shows up again and takes its item with it.
  for (let pass = 0; pass < 8; pass++) {
    const r = SettingsSchema.partial().safeParse(value);
    if (r.success) return { layer: readLayer(reading, r.data), problems: reading.problems };
    const drops: Drops = { items: new Map(), keys: new Set() };
    for (const issue of r.error.issues) {
      const unreadable = leaveOut(reading, issue, drops);
      if (unreadable !== null) return { layer: {}, problems: [...reading.problems, `${name}: ${unreadable}: ignored`] };
    }
    // Highest index first, so the lower ones still point at their items.
    for (const [list, at] of drops.items) for (const i of [...at].sort((a, b) => b - a)) list.splice(i, 1);
    for (const key of drops.keys) delete value[key]; // lookup-ok: keys of parse issues
  }
  return { layer: {}, problems: [...reading.problems, `${name}: could not be read: ignored`] };
}

type Issue = z.ZodError['issues'][number];

/** A field left out in the hope of its default: where it was, the list item it lies in, what was wrong. */
interface Tried {
  at: string;
  itemAt: string | null;
  message: string;
  /** Its top-level group was left with nothing and went with it. */
  group: boolean;
}

/** One layer being read: its copy, pruned pass by pass, and what has been told of it. */
interface Reading {
  name: string;
  value: Record<string, unknown>;
  problems: string[];
  /** Problems past PROBLEMS_SHOWN, counted. */
  more: number;
  /** Fields left out in the hope of their default, by path. */
  tried: Map<string, Tried>;
}

/** What a pass leaves out once all its issues are read, so that their paths still hold meanwhile. */
interface Drops {
  items: Map<unknown[], Set<number>>;
  keys: Set<string>;
}

/** A list item on an issue's path, `depth` keys down. */
interface Item {
  list: unknown[];
  index: number;
  depth: number;
}

/** A copy of a layer that is an object, or null; a copy, as reading it prunes it. */
function cloneObject(raw: unknown): Record<string, unknown> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  try {
    return structuredClone(raw) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function tell(reading: Reading, problem: string): void {
  if (reading.problems.length < PROBLEMS_SHOWN) reading.problems.push(`${reading.name}: ${problem}`);
  else reading.more++;
}

/** The parsed layer, keeping only the keys it set; the fields left out for their defaults are told now. */
function readLayer(reading: Reading, data: Record<string, unknown>): Record<string, unknown> {
  for (const { at, message, group } of reading.tried.values())
    tell(reading, `${at}: left out (${message})${group ? '' : ': its default applies'}`);
  if (reading.more > 0) reading.problems.push(`${reading.name}: ${reading.more} more problems like these`);
  // lookup-ok: the schema's own keys
  return Object.fromEntries(Object.entries(data).filter(([k]) => k in reading.value));
}

/** Leaves out what one issue is about; returns the issue's message when it is about the whole layer. */
function leaveOut(reading: Reading, issue: Issue, drops: Drops): string | null {
  const path = issue.path;
  const pathKey = path.map(String).join('\u0000');
  const before = reading.tried.get(pathKey);
  const message = before?.message ?? issue.message;
  const { parent, node, item } = walk(reading.value, path);
  if (issue.code === 'too_big' && Array.isArray(node) && typeof issue.maximum === 'number') {
    const max = Number(issue.maximum);
    tell(reading, `${where(reading.value, path)}: ${node.length} items, the first ${max} read, the rest left out`);
    node.length = max;
  } else if (!before && isField(path, parent)) {
    leaveOutField(reading, pathKey, path, parent, item, message);
  } else if (item) {
    reading.tried.delete(pathKey);
    leaveOutItem(reading, drops, path, item, before?.itemAt, message);
  } else {
    reading.tried.delete(pathKey);
    const key = String(path[0] ?? '');
    if (!key) return message;
    if (!drops.keys.has(key)) tell(reading, `${before?.at ?? where(reading.value, path)}: left out (${message})`);
    drops.keys.add(key);
  }
  return null;
}

/** Where a path leads: the value at fault, its parent and the last list item on the way. */
function walk(
  value: Record<string, unknown>,
  path: readonly PropertyKey[],
): { parent: unknown; node: unknown; item: Item | null } {
  let parent: unknown = null;
  let node: unknown = value;
  let item: Item | null = null;
  for (let depth = 0; depth < path.length && node !== null && typeof node === 'object'; depth++) {
    const key = path[depth]!;
    if (Array.isArray(node) && typeof key === 'number') item = { list: node, index: key, depth };
    parent = node;
    // lookup-ok: a parse issue's path into this very value
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { parent, node, item };
}

/** Whether the issue is about a named field below the top level, which its default may replace. */
function isField(path: readonly PropertyKey[], parent: unknown): parent is Record<string, unknown> {
  const leaf = path[path.length - 1];
  return (
    path.length > 1 &&
    typeof leaf === 'string' &&
    parent !== null &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    leaf in parent
  );
}

/** Leaves a field out, noted as tried: if it has no default it comes back next pass and its item goes. */
function leaveOutField(
  reading: Reading,
  pathKey: string,
  path: readonly PropertyKey[],
  parent: Record<string, unknown>,
  item: Item | null,
  message: string,
): void {
  const { value } = reading;
  const entry: Tried = {
    at: where(value, path),
    itemAt: item ? where(value, path.slice(0, item.depth + 1)) : null,
    message,
    group: false,
  };
  reading.tried.set(pathKey, entry);
  delete parent[String(path[path.length - 1])]; // lookup-ok: the leaf of a parse issue's path
  // A top-level group left with nothing (a policy's alerts whose one field was wrong) sets nothing.
  if (path.length === 2 && Object.keys(parent).length === 0) {
    delete value[String(path[0])]; // lookup-ok: as above
    entry.group = true;
  }
}

/** Marks the list item an issue lies in for leaving out, telling it once. */
function leaveOutItem(
  reading: Reading,
  drops: Drops,
  path: readonly PropertyKey[],
  item: Item,
  itemAt: string | null | undefined,
  message: string,
): void {
  const at = drops.items.get(item.list) ?? new Set<number>();
  const field = path
    .slice(item.depth + 1)
    .map(String)
    .join(' › ');
  if (!at.has(item.index))
    tell(
      reading,
      `${itemAt ?? where(reading.value, path.slice(0, item.depth + 1))}: left out (${field ? `${field}: ` : ''}${message})`,
    );
  at.add(item.index);
  drops.items.set(item.list, at);
}

/** Merges layers key by key (managed wins), keeping only what the schema knows; what a layer holds that cannot be read is left out with a problem, the rest applies. */
export function effectiveSettings(
  user: unknown,
  managed: unknown,
): { settings: Settings; locked: string[]; problems: string[] } {
  const u = readableLayer(user, USER_LAYER);
  const m = readableLayer(managed, POLICY_LAYER);
  const settings = SettingsSchema.parse({ ...u.layer, ...m.layer });
  return { settings, locked: Object.keys(m.layer), problems: [...m.problems, ...u.problems] };
}
