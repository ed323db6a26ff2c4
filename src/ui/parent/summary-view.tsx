/** The classes the child attended, their incidents, and what reached the child's screen. Names and words are text. */
import type { ParentSummary } from '../../common/protocol';
import { ruleWhy } from '../../common/rule-words';
import { visibleText } from '../../common/visible-text';

type Translate = (key: string, ...subs: string[]) => string;

const PLATFORMS = new Map([
  ['meet', 'Google Meet'],
  ['zoom', 'Zoom'],
  ['teams', 'Microsoft Teams'],
]);
const when = (iso: string) => new Date(iso).toLocaleString();

export function SummaryView({ summary, t }: { summary: ParentSummary; t: Translate }) {
  if (summary.classes.length === 0) return <p>{t('parent_no_classes')}</p>;
  const seen = summary.classes.flatMap((c) => c.seen.map((s) => ({ ...s, cls: c, why: ruleWhy(t, s.ruleId) })));
  return (
    <>
      <h2>{t('parent_seen_heading')}</h2>
      {seen.length === 0 ? (
        <p>{t('parent_seen_none')}</p>
      ) : (
        <ul data-testid="parent-seen">
          {seen.map((s) => (
            <li class="text">
              {when(s.time)} — {t(`category_${s.category.replace(/-/g, '_')}`)}
              {s.name ? ` — ${visibleText(s.name)}` : ''}
              {s.words ? `: “${visibleText(s.words)}”` : ''}
              {s.why ? ` (${s.why})` : ''}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('parent_classes_heading')}</h2>
      <table data-testid="parent-classes">
        <thead>
          <tr>
            <th>{t('parent_col_when')}</th>
            <th>{t('parent_col_class')}</th>
            <th>{t('parent_col_incidents')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.classes.map((c) => (
            <tr>
              <td>{when(c.startedAt)}</td>
              <td class="text">
                {PLATFORMS.get(c.platform) ?? c.platform}
                {c.title ? ` — ${visibleText(c.title)}` : ''}
              </td>
              <td>
                {c.incidents}
                {c.categories.length > 0 &&
                  ` (${c.categories.map((k) => t(`category_${k.replace(/-/g, '_')}`)).join(', ')})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
