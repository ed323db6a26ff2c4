/** A name as written with what makes it suspicious marked, and each mark named in a list below. */
import { explainName, hasMarks } from '../../common/names/explain';
import { listedMarks, markText } from '../name-marks';
import { visibleText } from '../../common/visible-text';
import type { translator } from '../i18n';

type T = ReturnType<typeof translator>;

export function NameWhy({ name, imitates, t }: { name: string; imitates?: string | undefined; t: T }) {
  const segments = explainName(name);
  const listed = listedMarks(segments);
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
