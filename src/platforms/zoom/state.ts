/** docs/adapters/zoom.md#state, #identity */
import type { MeetingIdentity, MeetingState } from '../../common/model';
import { findOptional } from '../kit/query';
import { normalizeMeetingId, zoomMeetingId } from './detect';
import { readName } from './read-text';
import { css } from './selectors';
import { isWaitingRoomText, modalOutcome } from './text';

const Q = {
  modal: css('modalTitle'),
  footer: css('footer'),
  waitingText: css('waitingRoomText'),
  prejoin: `${css('prejoinName')}, ${css('prejoinJoin')}`,
  topic: css('topic'),
  infoRow: css('infoRow'),
};

export function readState(doc: Document): MeetingState {
  for (const t of doc.querySelectorAll(Q.modal)) {
    if (modalOutcome(readName(t, 512)) !== null) return 'ended';
  }
  if (doc.querySelector(Q.footer)) return 'in-call';
  const wr = doc.querySelector(Q.waitingText);
  if (wr && isWaitingRoomText(readName(wr, 512))) return 'waiting';
  if (doc.querySelector(Q.prejoin)) return 'prejoin';
  // Only outside the call: the waiting room's class may have moved, its text has not.
  const app = doc.getElementById('meeting-app') ?? doc.body;
  if (app && isWaitingRoomText((app.textContent ?? '').slice(0, 20_000))) return 'waiting';
  return 'unknown';
}

export function findFooter(doc: Document): Element | null {
  return findOptional(doc, Q.footer);
}

export function readIdentity(doc: Document, win: Window): MeetingIdentity {
  let code: string | null = null;
  let url = '';
  try {
    const u = new URL(win.location.href);
    code = zoomMeetingId(u);
    // The query holds the passcode (?pwd=): keep it out of the log.
    url = u.origin + u.pathname;
  } catch {
    // about:blank and friends: no identity to report.
  }
  const left = doc.getElementById('wc-container-left');
  let title: string | null = null;
  if (left) {
    title = readName(left.querySelector(Q.topic)) || null;
    if (code === null) {
      for (const row of left.querySelectorAll(Q.infoRow)) {
        code = normalizeMeetingId(readName(row, 128));
        if (code) break;
      }
    }
  }
  return { platform: 'zoom', code, title, url };
}
