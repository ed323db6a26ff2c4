/**
 * People present over time as an SVG chart with the incidents marked, and the same as text: the chart
 * has a title and a description, and a list beside it says what it shows for a screen reader or a
 * printout without graphics.
 */
import type { Lang } from '../i18n';
import type { MeetingAnalysis } from './analysis';
import { localTime, localZone } from './local-time';
import type { Translate } from './sentences';
import { incidentKind } from './incidents';

const W = 720;
const H = 150;
const PAD = { left: 36, right: 12, top: 12, bottom: 24 };
/** The text equivalent lists at most this many changes; the raw log has them all. */
const TEXT_POINTS = 300;

function scale(a: MeetingAnalysis) {
  const span = Math.max(1, a.end - a.start);
  const top = Math.max(1, a.maxPresent);
  const x = (t: number) => PAD.left + ((t - a.start) / span) * (W - PAD.left - PAD.right);
  const y = (n: number) => H - PAD.bottom - (n / top) * (H - PAD.top - PAD.bottom);
  return { x, y, top };
}

/** A step line: the count holds until the next change. */
function stepPath(a: MeetingAnalysis, x: (t: number) => number, y: (n: number) => number): string {
  let d = `M${x(a.start).toFixed(1)},${y(0).toFixed(1)}`;
  for (const p of a.presence) d += `H${x(p.t).toFixed(1)}V${y(p.present).toFixed(1)}`;
  return `${d}H${x(a.end).toFixed(1)}`;
}

function moreItem(extra: number, t: Translate) {
  if (extra <= 0) return null;
  return <li>{t('report_tl_more', String(extra))}</li>;
}

export function Timeline({ a, lang, t }: { a: MeetingAnalysis; lang: Lang; t: Translate }) {
  const zone = localZone();
  const { x, y, top } = scale(a);
  const at = (ms: number) => localTime(new Date(ms).toISOString(), lang, zone);
  // Three messages, each with its own count first, so each can say "1 person" or "1 incident".
  const desc = [
    t('report_tl_present', String(a.maxPresent)),
    t('report_tl_marked', String(a.incidents.length)),
    t('report_tl_span', at(a.start), at(a.end)),
  ].join(' ');
  return (
    <section aria-labelledby="tl-h">
      <h3 id="tl-h">{t('report_tl_title')}</h3>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-labelledby="tl-title tl-desc"
        data-testid="timeline"
        style={{ maxWidth: `${W}px` }}
      >
        <title id="tl-title">{t('report_tl_title')}</title>
        <desc id="tl-desc">{desc}</desc>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="currentColor" stroke-opacity="0.4" />
        <text x={PAD.left - 6} y={y(top) + 4} text-anchor="end" font-size="11">
          {top}
        </text>
        <text x={PAD.left - 6} y={y(0) + 4} text-anchor="end" font-size="11">
          0
        </text>
        <text x={PAD.left} y={H - 6} font-size="11">
          {at(a.start)}
        </text>
        <text x={W - PAD.right} y={H - 6} font-size="11" text-anchor="end">
          {at(a.end)}
        </text>
        <path d={stepPath(a, x, y)} fill="none" stroke="#1a73e8" stroke-width="2" />
        {a.incidents.map((i) => {
          const ix = x(Date.parse(i.event.time));
          return (
            <g key={i.id} data-incident={i.id}>
              <title>{`${localTime(i.event.time, lang, zone)} — ${incidentKind(i.finding, i.findings, t)}`}</title>
              <line x1={ix} x2={ix} y1={PAD.top} y2={y(0)} stroke="#c5221f" stroke-width="1.5" />
              <circle cx={ix} cy={PAD.top + 3} r="3.5" fill="#c5221f" />
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{t('report_tl_as_text')}</summary>
        <p>{desc}</p>
        <ul data-testid="timeline-text">
          {a.presence.slice(0, TEXT_POINTS).map((p, n) => (
            <li key={n}>{t('report_tl_point', at(p.t), String(p.present), String(p.waiting))}</li>
          ))}
          {moreItem(a.presence.length - TEXT_POINTS, t)}
        </ul>
      </details>
    </section>
  );
}
