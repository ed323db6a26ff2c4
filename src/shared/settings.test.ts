import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, effectiveSettings, SettingsSchema } from './settings';

const managed = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../public/managed_schema.json'), 'utf8')) as {
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
    expect(Object.keys(managed.properties['chat']!.properties!).sort()).toEqual(Object.keys(DEFAULT_SETTINGS.chat).sort());
    expect(Object.keys(managed.properties['alerts']!.properties!).sort()).toEqual(Object.keys(DEFAULT_SETTINGS.alerts).sort());
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
