/**
 * Why a name is suspicious, in the panel as in the popup (ui/popup/name-why.tsx): the name as written
 * with its look-alike, invisible and direction-changing characters marked, each named in a list below,
 * and the roster name it imitates. Built with DOM calls only: the name is an attacker's text.
 */
import type { FindingCategory } from '../../common/model';
import { explainName, type NameSegment } from '../../common/names/explain';
import { visibleText } from '../../common/visible-text';
import type { Lang } from '../messages';
import type { Entry } from './entries';
import { PANEL_STRINGS } from './strings';

const MARKS_LISTED = 6;
/** Categories whose evidence names whom the person copies. */
const COPIES: ReadonlySet<FindingCategory> = new Set<FindingCategory>(['impersonation', 'duplicate']);

export function markText(lang: Lang, s: NameSegment): string {
  const t = PANEL_STRINGS[lang];
  const m = s.mark!;
  if (m.kind === 'lookalike') return t.whyLookalike(s.text, t.script(m.script), m.code, m.looksLike ?? '?');
  return m.kind === 'bidi' ? t.whyBidi(m.code) : t.whyInvisible(m.code);
}

/** The roster name the person's name copies, from the newest finding that says. */
export function imitatedBy(e: Entry): string | undefined {
  for (const f of [...e.findings].reverse())
    if (COPIES.has(f.finding.category) && f.finding.evidence.matched) return f.finding.evidence.matched;
  return undefined;
}

/** The name with its marks (`who`), then what each mark is and whom the name copies, when there is any. */
export function nameWhy(doc: Document, lang: Lang, name: string, imitates: string | undefined): HTMLElement[] {
  const segments = explainName(name);
  const who = doc.createElement('bdi');
  who.className = 'who';
  const listed = new Map<string, NameSegment>();
  for (const s of segments) {
    if (!s.mark) {
      who.append(s.text);
      continue;
    }
    const mark = doc.createElement('mark');
    mark.className = `mark-${s.mark.kind}`;
    mark.textContent = s.text;
    mark.title = markText(lang, s);
    who.append(mark);
    if (listed.size < MARKS_LISTED && !listed.has(s.mark.code)) listed.set(s.mark.code, s);
  }
  const out: HTMLElement[] = [who];
  if (listed.size) {
    const why = doc.createElement('ul');
    why.className = 'why';
    for (const s of listed.values()) {
      const li = doc.createElement('li');
      li.textContent = markText(lang, s);
      why.append(li);
    }
    out.push(why);
  }
  if (imitates && imitates !== name) {
    const p = doc.createElement('p');
    p.className = 'imitates';
    const copied = doc.createElement('bdi');
    copied.textContent = visibleText(imitates, 120);
    p.append(`${PANEL_STRINGS[lang].imitates} `, copied);
    out.push(p);
  }
  return out;
}
