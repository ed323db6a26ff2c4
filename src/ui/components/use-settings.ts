import { useEffect, useState } from 'preact/hooks';
import { call } from '../api';
import { pickLang, translator, type Lang } from '../i18n';
import type { Settings } from '../../shared/settings';

export interface LoadedSettings {
  settings: Settings;
  locked: string[];
}

/** Effective settings and the page language; re-read when storage changes. */
export function useSettings(): { loaded: LoadedSettings | null; lang: Lang; t: ReturnType<typeof translator> } {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  useEffect(() => {
    const load = () => void call('settings.get', {}).then((v) => setLoaded(v as LoadedSettings), () => setLoaded(null));
    load();
    chrome.storage.onChanged.addListener(load);
    return () => chrome.storage.onChanged.removeListener(load);
  }, []);
  const lang = pickLang(loaded?.settings.language);
  return { loaded, lang, t: translator(lang) };
}
