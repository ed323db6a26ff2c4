/**
 * What makes a name suspicious, each mark named in words: for the popup (name-why.tsx) and the
 * report, where a look-alike letter would otherwise read exactly as the name it copies. The words
 * are the popup's (`popup_why_*`, `popup_script_*`), one translation for both.
 */
import { explainName, type NameSegment } from '../common/names/explain';

type T = (key: string, ...subs: string[]) => string;
const MARKS_LISTED = 6;
const SCRIPTS: ReadonlySet<string> = new Set(['cyrillic', 'greek', 'latin', 'armenian', 'cherokee']);

export function markText(t: T, s: NameSegment): string {
  const m = s.mark!;
  if (m.kind !== 'lookalike') return t(m.kind === 'bidi' ? 'popup_why_bidi' : 'popup_why_invisible', m.code);
  const script = (m.script ?? '').toLowerCase();
  return t(
    'popup_why_lookalike',
    s.text,
    t(`popup_script_${SCRIPTS.has(script) ? script : 'other'}`),
    m.code,
    m.looksLike ?? '?',
  );
}

/** The marked characters of a name, each once (by code point), at most six. */
export function listedMarks(segments: readonly NameSegment[]): NameSegment[] {
  const seen = new Set<string>();
  return segments.filter((s) => s.mark && !seen.has(s.mark.code) && seen.add(s.mark.code)).slice(0, MARKS_LISTED);
}

/** "“А” is a Cyrillic letter (U+0410)…; U+200B is an invisible character", or '' for a plain name. */
export function marksInWords(t: T, name: string): string {
  return listedMarks(explainName(name))
    .map((s) => markText(t, s))
    .join('; ');
}
