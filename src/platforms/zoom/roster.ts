/** docs/adapters/zoom.md#roster, #waiting-room. Rows carry no user id: ids are derived from names. */
import type { MeetingState, Participant, Role, Snapshot } from '../../common/model';
import { NAME_MAX, oneLine } from '../kit/text';
import { countInParens, digits, readName } from './read-text';
import { css } from './selectors';
import { isEndButtonText, parseRoleLabel } from './text';

const Q = {
  rosterPanel: css('rosterPanel'),
  rosterHeader: css('rosterHeader'),
  rosterList: css('rosterList'),
  rosterRow: css('rosterRow'),
  rowName: css('rowName'),
  rowLabel: css('rowLabel'),
  waitingRow: css('waitingRow'),
  leave: css('leaveButton'),
  counter: css('footerCounter'),
  participantsButton: css('participantsButton'),
  prejoinName: css('prejoinName'),
};

export const SELF_ID = 'self';

export interface RosterRead {
  participants: Participant[];
  rows: Element[];
  waiting: Participant[];
  waitingRows: Element[];
  headerCount: number | null;
  listPresent: boolean;
}

export function emptyRoster(): RosterRead {
  return { participants: [], rows: [], waiting: [], waitingRows: [], headerCount: null, listPresent: false };
}

function roleOf(label: ReturnType<typeof parseRoleLabel>): Role {
  if (label.host) return 'host';
  if (label.cohost) return 'cohost';
  if (label.guest) return 'guest';
  return 'participant';
}

function nameIds() {
  const seen = new Map<string, number>();
  return (name: string): string => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? `name:${name}` : `name:${name}#${n}`;
  };
}

export function readRoster(doc: Document): RosterRead {
  const panel = doc.querySelector(Q.rosterPanel);
  const out = emptyRoster();
  if (!panel) return out;
  const header = panel.querySelector(Q.rosterHeader);
  out.headerCount = header ? countInParens(readName(header, 128)) : null;
  const list = panel.querySelector(Q.rosterList);
  if (list) {
    out.listPresent = true;
    const idFor = nameIds();
    for (const row of list.querySelectorAll(Q.rosterRow)) {
      const name = readName(row.querySelector(Q.rowName));
      if (name === '') continue;
      const label = parseRoleLabel(readName(row.querySelector(Q.rowLabel), 128));
      // The "me" row gets its own id: a stranger renamed to the teacher's name must never inherit
      // hers (name ids are derived per rendered row, and her row may be scrolled out of the list).
      out.participants.push({
        id: label.me ? SELF_ID : idFor(name),
        idStable: false,
        name,
        role: roleOf(label),
        self: label.me,
      });
      out.rows.push(row);
    }
  }
  const idFor = nameIds();
  for (const row of panel.querySelectorAll(Q.waitingRow)) {
    const name = readName(row.querySelector(Q.rowName));
    if (name === '') continue;
    const label = parseRoleLabel(readName(row.querySelector(Q.rowLabel), 128));
    out.waiting.push({
      id: idFor(name),
      idStable: false,
      name,
      role: label.guest ? 'guest' : 'participant',
      self: false,
    });
    out.waitingRows.push(row);
  }
  return out;
}

export function rowIn(
  roster: RosterRead,
  kind: 'participant' | 'waiting',
  participantId: string,
): { el: Element; name: string } | null {
  const [list, rows] =
    kind === 'participant' ? [roster.participants, roster.rows] : [roster.waiting, roster.waitingRows];
  const i = list.findIndex((p) => p.id === participantId);
  const el = rows[i];
  return i >= 0 && el ? { el, name: list[i]!.name } : null;
}

/** React reuses row elements by list position. */
export function rowShows(row: Element, name: string): boolean {
  return readName(row.querySelector(Q.rowName)) === name;
}

export function footerCount(footer: Element): number | null {
  const c = digits(footer.querySelector(Q.counter)?.textContent);
  if (c !== null) return c;
  // Fixed English, typo included (docs/adapters/zoom.md#roster).
  const aria = footer.querySelector(Q.participantsButton)?.getAttribute('aria-label') ?? '';
  const m = /(\d+)\s*partic/i.exec(aria);
  return m ? Number(m[1]) : null;
}

export class ZoomSelf {
  private seen: { name: string; host: boolean } | null = null;

  constructor(private readonly doc: Document) {}

  read(roster: RosterRead, footer: Element | null, state: MeetingState): Snapshot['self'] {
    const me = roster.participants.find((p) => p.self);
    if (me) {
      this.seen = { name: me.name, host: me.role === 'host' || me.role === 'cohost' };
      return { id: me.id, name: me.name, host: this.seen.host };
    }
    let host: boolean | null = this.seen?.host ?? null;
    if (host === null && footer) {
      const leave = footer.querySelector(Q.leave);
      if (leave) host = isEndButtonText(leave.getAttribute('aria-label') ?? '') || isEndButtonText(readName(leave, 64));
    }
    let name = this.seen?.name ?? null;
    if (name === null && state === 'prejoin') {
      const input = this.doc.querySelector<HTMLInputElement>(Q.prejoinName);
      const v = input?.value ? oneLine(input.value, NAME_MAX) : '';
      name = v === '' ? null : v;
    }
    return { id: name === null ? null : `name:${name}`, name, host };
  }
}
