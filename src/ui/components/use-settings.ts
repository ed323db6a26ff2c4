import { useEffect, useState } from 'preact/hooks';
import { call } from '../api';
import { pickLang, translator, type Lang } from '../i18n';
import type { Settings } from '../../common/settings';
import { isSettingsChange } from '../../common/storage-keys';
import { onStorageChanged } from '../../browser/storage';

export interface LoadedSettings {
  settings: Settings;
  locked: string[];
  /** What of the stored settings or the school's policy could not be read (left out of `settings`). */
  problems: string[];
}

/**
 * Effective settings and the page language; re-read when they change. Only then: every open meeting
 * writes its events to storage.local a few times a second, and re-reading and re-rendering on each
 * of those would keep an open report or options page busy for the whole class.
 */
export function useSettings(): { loaded: LoadedSettings | null; lang: Lang; t: ReturnType<typeof translator> } {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  useEffect(() => {
    const load = () =>
      void call('settings.get', {}).then(
        (v) => setLoaded(v as LoadedSettings),
        () => setLoaded(null),
      );
    load();
    return onStorageChanged((changes, area) => {
      if (isSettingsChange(changes, area)) load();
    });
  }, []);
  const lang = pickLang(loaded?.settings.language);
  return { loaded, lang, t: translator(lang) };
}
