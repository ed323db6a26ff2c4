/** docs/adapters/teams.md#identity */
import type { MeetingIdentity, MeetingState } from '../../common/model';
import { LABEL_MAX, NAME_MAX, TITLE_MAX, capText, oneLine } from '../kit/text';
import { meetingCodeFromUrl } from './detect';
import type { TeamsHooks } from './hooks';
import { matcher } from './text';

const TITLE_SUFFIX = /\s*\|\s*Microsoft Teams.*$/;
const profile = matcher('profilePictureOf');

export class TeamsIdentity {
  private href = '';
  private urlCode: string | null = null;
  private prejoinName: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
    private readonly hooks: TeamsHooks,
  ) {}

  meeting(state: MeetingState): MeetingIdentity {
    const href = this.win.location.href;
    if (href !== this.href) {
      this.href = href;
      let url: URL | null;
      try {
        url = new URL(href);
      } catch {
        url = null;
      }
      this.urlCode = url ? meetingCodeFromUrl(url) : null;
    }
    let title: string | null = null;
    if (state === 'in-call') title = oneLine(this.hooks.got('callTitle')?.textContent, TITLE_MAX) || null;
    else if (state === 'prejoin' || state === 'waiting')
      title = oneLine(this.hooks.got('meetingHeaderTitle')?.textContent, TITLE_MAX) || null;
    if (!title && state !== 'unknown') {
      // "Lớp 9A2 - Ngữ văn | Microsoft Teams"; a leading "(3) " is the unread count.
      const t = oneLine(this.doc.title, LABEL_MAX);
      if (TITLE_SUFFIX.test(t))
        title = capText(t.replace(TITLE_SUFFIX, '').replace(/^\(\d+\)\s*/, ''), TITLE_MAX) || null;
    }
    return { platform: 'teams', code: this.urlCode, title, url: href };
  }

  /** null when neither the avatar nor the pre-join field shows it. */
  selfName(state: MeetingState): string | null {
    const label = this.hooks.got('meAvatar')?.getAttribute('aria-label');
    if (label) {
      const name = profile(capText(label, LABEL_MAX));
      if (name) return capText(name.trim(), NAME_MAX);
    }
    const input = state === 'prejoin' ? this.hooks.got('prejoinNameInput') : null;
    if (input instanceof HTMLInputElement) {
      const typed = oneLine(input.value, NAME_MAX);
      if (typed) this.prejoinName = typed;
    }
    return this.prejoinName;
  }

  badge(): number | null {
    const text = oneLine(this.hooks.got('rosterBadge')?.textContent, 16);
    return /^\d{1,6}$/.test(text) ? Number(text) : null;
  }
}
