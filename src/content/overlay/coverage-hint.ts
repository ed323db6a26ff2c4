/** A polite live region: a screen reader announces it without interrupting. */
import type { Coverage, Platform } from '../../common/model';
import { coverageAdvice, type Advice } from './coverage-advice';
import type { OverlayHost } from './host';
import { STRINGS, type Lang } from './strings';
import { msg } from '../messages';

export interface CoverageHint {
  show(coverage: Coverage, platform: Platform, lang: Lang): void;
  hide(): void;
  /** While the alert panel is open its foot names the same blind spots: the hint waits, then comes back. */
  suppress(on: boolean): void;
}

export function createCoverageHint(doc: Document, host: OverlayHost): CoverageHint {
  // Screen readers often skip a region inserted together with its text, so only the content changes.
  const live = doc.createElement('div');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const box = doc.createElement('div');
  box.className = 'hint';
  box.hidden = true;
  const lines = doc.createElement('div');
  lines.className = 'lines';
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  box.append(lines, close);
  live.append(box);
  host.layer.append(live);
  host.attach();

  /** They stay closed until everything is visible again. */
  const dismissed = new Set<string>();
  let shown: string[] = [];
  let shownSignature = '';
  let suppressed = false;
  let last: [Coverage, Platform, Lang] | null = null;

  close.addEventListener('click', () => {
    for (const key of shown) dismissed.add(key);
    hide();
  });

  function hide(): void {
    shown = [];
    box.hidden = true;
    lines.replaceChildren();
  }

  function show(coverage: Coverage, platform: Platform, lang: Lang): void {
    last = [coverage, platform, lang];
    if (suppressed) return hide();
    const all = coverageAdvice(coverage, platform, lang);
    if (all.length === 0) {
      dismissed.clear();
      hide();
      return;
    }
    const advice = all.filter((a) => !dismissed.has(a.key));
    if (advice.length === 0) {
      hide();
      return;
    }
    const keys = advice.map((a) => a.key);
    // The text too: the tiles' count changes within one key.
    const signature = `${platform}|${lang}|${advice.map((a) => `${a.key}=${a.text}`).join('\n')}`;
    if (!box.hidden && signature === shownSignature) return;
    host.attach();
    shown = keys;
    shownSignature = signature;
    box.lang = lang;
    // Teams keeps its toolbar at the top of the stage (docs/adapters/teams.md#state).
    box.classList.toggle('bottom', platform === 'teams');
    close.setAttribute('aria-label', STRINGS[lang].close);
    close.title = STRINGS[lang].close;
    lines.replaceChildren(...adviceLines(doc, advice, lang));
    box.hidden = false;
  }

  function suppress(on: boolean): void {
    if (on === suppressed) return;
    suppressed = on;
    if (on) hide();
    else if (last) show(...last);
  }

  return { show, hide, suppress };
}

/** The hint's title and one line per piece of advice, as text. */
function adviceLines(doc: Document, advice: readonly Advice[], lang: Lang): HTMLElement[] {
  const title = doc.createElement('div');
  title.className = 'title';
  title.textContent = msg(lang, 'extName');
  return [
    title,
    ...advice.map((a) => {
      const line = doc.createElement('div');
      line.textContent = a.text;
      return line;
    }),
  ];
}
