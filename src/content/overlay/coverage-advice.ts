/** One line per blind spot: which protection is off and how to restore it (docs/architecture.md#invariants). */
import type { Coverage, Platform } from '../../common/model';
import { STRINGS, panelNames, type Lang } from './strings';

export interface Advice {
  /** Stable per aspect and reason, so a dismissed line stays dismissed. */
  key: string;
  text: string;
}

export function coverageAdvice(c: Coverage, platform: Platform, lang: Lang): Advice[] {
  const s = STRINGS[lang];
  const p = panelNames(platform, lang);
  const out: Advice[] = [];
  const onePanel = (text: string, reason: string | null): string =>
    reason === 'other-panel-open' ? `${text} ${s.onePanelAtATime}` : text;

  if (c.roster !== 'full' && c.rosterReason !== 'not-in-call') {
    const key = `roster:${c.rosterReason ?? c.roster}`;
    if (c.rosterReason === 'selector-missing') out.push({ key, text: s.rosterUnreadable(p) });
    else if (c.rosterReason === 'not-host') out.push({ key, text: s.rosterNotHost(p) });
    else if (c.stage && c.stage.read > 0) out.push({ key, text: s.rosterStage(p, c.stage.read, c.stage.of) });
    else if (c.roster === 'partial') out.push({ key, text: s.rosterPartial(p) });
    else out.push({ key, text: onePanel(s.rosterClosed(p), c.rosterReason) });
  }
  if (c.chat === 'hidden' && c.chatReason !== 'not-in-call') {
    const key = `chat:${c.chatReason ?? 'hidden'}`;
    if (c.chatReason === 'selector-missing') out.push({ key, text: s.chatUnreadable(p) });
    else out.push({ key, text: onePanel(s.chatClosed(p), c.chatReason) });
  }
  // No share and not in a call are not blind spots; an unreadable stage is.
  if (c.presenter === 'unreadable' && c.presenterReason === 'selector-missing') {
    out.push({ key: 'presenter:selector-missing', text: s.presenterUnreadable(p) });
  }
  return out;
}
