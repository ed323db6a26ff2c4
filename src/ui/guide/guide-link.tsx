import type { Lang } from '../i18n';
import { guidePath } from './lang';

interface Props {
  t: (key: string) => string;
  lang: Lang;
  /** A part of the guide to open at (its section id), and the link's own words for it. */
  section?: 'teachers' | 'students' | 'parents';
  label?: string;
}

/** "Safety guide", opening the guide in the page's language in a tab of its own (from another extension page). */
export function GuideLink({ t, lang, section, label }: Props) {
  return (
    <p>
      <a href={`/${guidePath(lang)}${section ? `#${section}` : ''}`} target="_blank" rel="noopener" id="open-guide">
        {t(label ?? 'guide_open')}
      </a>
    </p>
  );
}
