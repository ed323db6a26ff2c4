import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLASS_OPTION_DEFAULTS } from './class-options';
import { DEFAULT_SETTINGS, effectiveSettings, readableLayer, SettingsSchema } from './settings';

const managed = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../../public/managed_schema.json'), 'utf8'),
) as {
  properties: Record<string, { title?: string; description?: string; properties?: Record<string, unknown> }>;
};

describe('managed policy schema', () => {
  it('offers exactly the settings keys the code knows, each with a title and description', () => {
    const settingsKeys = Object.keys(SettingsSchema.shape).filter((k) => k !== 'version');
    expect(Object.keys(managed.properties).sort()).toEqual(settingsKeys.sort());
    for (const [key, prop] of Object.entries(managed.properties)) {
      expect(prop.title, key).toBeTruthy();
      expect(prop.description, key).toBeTruthy();
    }
  });
  it('lists the nested keys of chat and alerts as the schema does', () => {
    expect(Object.keys(managed.properties['chat']!.properties!).sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS.chat).sort(),
    );
    expect(Object.keys(managed.properties['alerts']!.properties!).sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS.alerts).sort(),
    );
  });
});

describe('effectiveSettings', () => {
  it('lets managed policy win and reports the locked keys', () => {
    const r = effectiveSettings({ language: 'en' }, { language: 'vi' });
    expect(r.settings.language).toBe('vi');
    expect(r.locked).toEqual(['language']);
  });
  it('ignores an invalid layer with a problem instead of failing', () => {
    const r = effectiveSettings({ language: 'klingon' }, undefined);
    expect(r.settings.language).toBe('auto');
    expect(r.problems[0]).toMatch(/user settings/);
  });
  it('defaults everything with no layers', () => {
    expect(effectiveSettings(undefined, undefined).settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('a layer with parts that cannot be read', () => {
  const long = 'x'.repeat(129);
  const policy = {
    language: 'vi',
    classes: [
      {
        id: '7a',
        name: 'Lớp 7A',
        meetings: ['abc-defg-hij'],
        roster: [{ name: 'An' }, { name: long }, { name: 'Bình' }],
      },
      { id: '8b', name: 'Lớp 8B', roster: [{ name: 'Chi' }], options: { raidThreshold: 1, learningMinutes: 5 } },
      { id: '', name: 'Không có mã' },
      { id: '9c', name: 'Lớp 9C' },
    ],
  };

  it('leaves out only the one roster name, class option or class at fault: the rest of a school policy still applies and locks', () => {
    const r = effectiveSettings({ language: 'en', classes: [{ id: 'own', name: 'Mine' }] }, policy);
    expect(r.settings.language).toBe('vi');
    expect(r.locked.sort()).toEqual(['classes', 'language']);
    expect(r.settings.classes.map((c) => c.id)).toEqual(['7a', '8b', '9c']);
    expect(r.settings.classes[0]!.roster.map((e) => e.name)).toEqual(['An', 'Bình']);
    // The wrong option takes its default; the class and its other options stay.
    expect(r.settings.classes[1]!.options.raidThreshold).toBe(CLASS_OPTION_DEFAULTS.raidThreshold);
    expect(r.settings.classes[1]!.options.learningMinutes).toBe(5);
    expect(r.problems).toHaveLength(3);
    expect(r.problems[0]).toMatch(
      /^managed policy: classes › 0 \(“Lớp 7A”\) › roster › 1 \(“x+”\): left out \(name: .*128/,
    );
    expect(r.problems[1]).toMatch(/^managed policy: classes › 2 \(“Không có mã”\): left out \(id: /);
    expect(r.problems[2]).toMatch(
      /^managed policy: classes › 1 \(“Lớp 8B”\) › options › raidThreshold: left out \(.*\): its default applies$/,
    );
  });

  it('reads the first items of a list that is too long, and leaves out one word that is too long', () => {
    const words = Array.from({ length: 2003 }, (_, i) => `từ ${i}`);
    const r = effectiveSettings(
      { chat: { blockedWords: ['a', 'b'.repeat(101), 'c'], allowedWords: words } },
      undefined,
    );
    expect(r.settings.chat.blockedWords).toEqual(['a', 'c']);
    expect(r.settings.chat.allowedWords).toEqual(words.slice(0, 2000));
    expect(r.problems).toEqual([
      'user settings: chat › blockedWords › 1: left out (Too big: expected string to have <=100 characters)',
      'user settings: chat › allowedWords: 2003 items, the first 2000 read, the rest left out',
    ]);
  });

  it("sets nothing from a policy group whose only field is wrong: the user's own value stays in force and unlocked", () => {
    const r = effectiveSettings({ alerts: { notifications: false } }, { alerts: { notifications: 'yes' } });
    expect(r.settings.alerts.notifications).toBe(false);
    expect(r.locked).toEqual([]);
    expect(r.problems).toEqual([
      'managed policy: alerts › notifications: left out (Invalid input: expected boolean, received string)',
    ]);
  });

  it('ignores a layer that is not a settings object, and does not change the layer it reads', () => {
    expect(readableLayer('vi', 'managed policy')).toEqual({
      layer: {},
      problems: ['managed policy: not a settings object: ignored'],
    });
    expect(readableLayer([1], 'user settings').problems).toEqual(['user settings: not a settings object: ignored']);
    const copy = structuredClone(policy);
    readableLayer(policy, 'managed policy');
    expect(policy).toEqual(copy);
  });

  it('tells the first 20 problems and counts the rest', () => {
    const roster = Array.from({ length: 60 }, (_, i) => ({ name: i % 2 ? 'ok' : '' }));
    const { layer, problems } = readableLayer({ classes: [{ id: 'a', name: 'A', roster }] }, 'user settings');
    expect((layer['classes'] as { roster: unknown[] }[])[0]!.roster).toHaveLength(30);
    expect(problems).toHaveLength(21);
    expect(problems[20]).toBe('user settings: 10 more problems like these');
  });

  it('shows the names it points at with their hidden characters marked, not obeyed', () => {
    const { problems } = readableLayer(
      { classes: [{ id: 'a', name: 'Lớp\u202e A1', roster: [{ name: '' }] }] },
      'user settings',
    );
    expect(problems).toEqual([
      'user settings: classes › 0 (“Lớp⟦U+202E⟧ A1”) › roster › 0: left out (name: Too small: expected string to have >=1 characters)',
    ]);
  });
});
