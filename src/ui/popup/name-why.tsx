/** A name as written with what makes it suspicious marked, and each mark named in a list below. */
import { explainName, hasMarks, type NameSegment } from '../../common/names/explain';
import { visibleText } from '../../common/visible-text';
import type { translator } from '../i18n';

type T = ReturnType<typeof translator>;
const MARKS_LISTED = 6;

function markText(t: T, s: NameSegment): string {
  const m = s.mark!;
  if (m.kind === 'lookalike')
    return t(
      'popup_why_lookalike',
      s.text,
      t(`popup_script_${(m.script ?? 'other').toLowerCase()}`),
      m.code,
      m.looksLike ?? '?',
    );
  return t(m.kind === 'bidi' ? 'popup_why_bidi' : 'popup_why_invisible', m.code);
}

export function NameWhy({ name, imitates, t }: { name: string; imitates?: string | undefined; t: T }) {
  const segments = explainName(name);
  const marks = segments.filter((s) => s.mark);
  const seen = new Set<string>();
  const listed = marks.filter((s) => !seen.has(s.mark!.code) && seen.add(s.mark!.code)).slice(0, MARKS_LISTED);
  return (
    <div class="name-why">
      <bdi class="who">
        {segments.map((s, i) =>
          s.mark ? (
            <mark key={i} class={`mark-${s.mark.kind}`} title={markText(t, s)}>
              {s.text}
            </mark>
          ) : (
            s.text
          ),
        )}
      </bdi>
      {hasMarks(segments) && (
        <ul class="why">
          {listed.map((s) => (
            <li key={s.mark!.code}>{markText(t, s)}</li>
          ))}
        </ul>
      )}
      {imitates && imitates !== name && (
        <p class="imitates">
          {t('popup_why_imitates')} <bdi>{visibleText(imitates, 120)}</bdi>
        </p>
      )}
    </div>
  );
}
