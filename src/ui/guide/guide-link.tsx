import type { Lang } from '../i18n';
import { guidePath } from './lang';

/** "Safety guide", opening the guide in the page's language in a tab of its own (from another extension page). */
export function GuideLink({ t, lang }: { t: (key: string) => string; lang: Lang }) {
  return (
    <p>
      <a href={`/${guidePath(lang)}`} target="_blank" rel="noopener" id="open-guide">
        {t('guide_open')}
      </a>
    </p>
  );
}
