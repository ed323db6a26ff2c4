/** docs/adapters/teams.md#state */
import type { MeetingState } from '../../common/model';
import { LABEL_MAX, oneLine } from '../kit/text';
import { css, type SelectorName } from './selectors';
import { matcher } from './text';

/** Time, not a snapshot count: a quiet page flushes seldom. */
export const IDLE_RECHECK_MS = 400;
const RETRY_SCREEN_ID = 'calling-retry-screen-title';

const STATE_MARKERS: readonly SelectorName[] = [
  'hangupButton',
  'toolbar',
  'callDuration',
  'lobbyScreen',
  'declinedScreen',
  'prejoinScreen',
];
const STATE_CSS = STATE_MARKERS.map(css).join(', ');
const CSS = {
  lobbyScreen: css('lobbyScreen'),
  inCall: [css('hangupButton'), css('toolbar'), css('callDuration')].join(', '),
  declined: css('declinedScreen'),
  prejoin: css('prejoinScreen'),
};
const lobbyText = matcher('lobbyScreen');

export function hasCall(d: Document): boolean {
  return d.querySelector(STATE_CSS) !== null || d.getElementById(RETRY_SCREEN_ID) !== null;
}

export class TeamsState {
  marker: Element | null = null;
  private idleUntil = 0;

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
  ) {}

  read(): MeetingState {
    if (this.doc.getElementById(RETRY_SCREEN_ID)) return 'ended';
    let el = this.marker?.isConnected ? this.marker : null;
    if (el && (el.matches(CSS.prejoin) || el.closest(CSS.lobbyScreen))) el = null;
    if (!el) {
      if (this.win.performance.now() < this.idleUntil) return 'unknown';
      el = this.pickMarker();
      this.marker = el;
      if (!el) {
        if (this.lobbyByText()) return 'waiting';
        this.idleUntil = this.win.performance.now() + IDLE_RECHECK_MS;
        return 'unknown';
      }
    }
    if (el.closest(CSS.lobbyScreen)) return 'waiting';
    if (el.matches(CSS.declined)) return 'ended';
    if (el.matches(CSS.inCall)) return 'in-call';
    return 'prejoin';
  }

  /** A decline or the lobby outranks a call bar (the lobby has a leave button too). */
  private pickMarker(): Element | null {
    const found = Array.from(this.doc.querySelectorAll(STATE_CSS));
    return (
      found.find((e) => e.matches(CSS.declined)) ??
      found.find((e) => e.closest(CSS.lobbyScreen)) ??
      found.find((e) => e.matches(CSS.inCall)) ??
      found.find((e) => e.matches(CSS.prejoin)) ??
      null
    );
  }

  /** When the lobby screen lost its data-tid. */
  private lobbyByText(): boolean {
    for (const el of Array.from(this.doc.querySelectorAll('[role="status"]'))) {
      if (lobbyText(oneLine(el.textContent, LABEL_MAX)) !== null) return true;
    }
    return false;
  }
}
