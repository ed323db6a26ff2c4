/** docs/adapters/teams.md#roster, #lobby: each row belongs to the section header before it. */
import type { Participant, Role } from '../../common/model';
import { LABEL_MAX, NAME_MAX, capText, oneLine } from '../kit/text';
import { NameBook, STATUS, SUFFIX, bareName, endsWithAny, roleSuffix } from './names';
import { css } from './selectors';
import { matcher } from './text';

const IN_CALL_PREFIXES = ['participantsInCall-', 'attendeesInMeeting-'] as const;
const INVITED_PREFIX = 'participantsFromThread-';
const AVATAR_PREFIX = 'roster-avatar-img-';
const HEADER_COUNT = /\((\d{1,6})\)\s*$/;
const CSS = {
  rosterItems: `${css('sectionHeader')}, ${css('rosterRow')}`,
  sectionHeader: css('sectionHeader'),
  avatar: css('rosterAvatar'),
  rosterName: css('rosterName'),
  organizer: css('organizerStatus'),
};
const match = { inMeeting: matcher('inMeetingHeader'), lobby: matcher('lobbyHeader') };

interface RowRead {
  key: string;
  avatar: Element | null;
  avatarId: string;
  name: string;
  mri: string;
  role: Role;
}

export interface RosterRead {
  participants: Participant[];
  waiting: Participant[];
  /** The in-meeting header's count (or an unknown header's), null without one. */
  count: number | null;
}

export class TeamsRoster {
  selfId: string | null = null;
  selfHost: boolean | null = null;
  /** Names a signed-out guest, who has no profile avatar. */
  selfRowName: string | null = null;
  private rows = new Map<string, Element>();
  private waitingRows = new Map<string, Element>();
  private readonly rowCache = new WeakMap<Element, RowRead>();

  constructor(private readonly names: NameBook) {}

  rowFor(kind: 'participant' | 'waiting', participantId: string): Element | null {
    const el = (kind === 'participant' ? this.rows : this.waitingRows).get(participantId);
    return el?.isConnected ? el : null;
  }

  read(root: Element, selfName: string | null, badge: number | null): RosterRead {
    const participants: Participant[] = [];
    const waiting: Participant[] = [];
    const rows = new Map<string, Element>();
    const waitingRows = new Map<string, Element>();
    let count: number | null = null;
    let section: 'meeting' | 'lobby' | 'other' = 'other';
    let sectionCount: number | null = null;

    for (const el of Array.from(root.querySelectorAll(CSS.rosterItems))) {
      if (el.matches(CSS.sectionHeader)) {
        const text = oneLine(el.textContent, LABEL_MAX);
        const n = match.inMeeting(text);
        if (n !== null) {
          section = 'meeting';
          count = Number(n);
        } else section = match.lobby(text) !== null ? 'lobby' : 'other';
        const m = HEADER_COUNT.exec(text);
        sectionCount = m ? Number(m[1]) : null;
        continue;
      }
      const tid = el.getAttribute('data-tid') ?? '';
      if (tid.startsWith(INVITED_PREFIX)) continue; // invited, not here
      if (section === 'lobby') {
        const p = this.readRow(el, tid);
        waiting.push(p);
        waitingRows.set(p.id, el);
        continue;
      }
      if (!IN_CALL_PREFIXES.some((x) => tid.startsWith(x))) continue;
      // A header whose words we do not know still counts the rows under it.
      if (count === null && sectionCount !== null) count = sectionCount;
      const p = this.readRow(el, tid);
      participants.push(p);
      rows.set(p.id, el);
    }
    const total = count ?? badge;
    this.markSelf(participants, selfName, total !== null && participants.length >= total);
    this.rows = rows;
    this.waitingRows = waitingRows;
    return { participants, waiting, count };
  }

  private readRow(el: Element, tid: string): Participant {
    const { name, mri, role } = this.parseRow(el, tid);
    const id = mri || `name:${name}`;
    this.names.remember(name, id);
    return { id, idStable: mri !== '', name, role, self: false };
  }

  /**
   * A stranger who copies the teacher's name is never taken for her: with two such rows, or one
   * rendered of a virtualized list, nobody is marked.
   */
  private markSelf(participants: Participant[], selfName: string | null, complete: boolean): void {
    let mine = participants.filter((p) => endsWithAny(p.name, SUFFIX.you));
    if (mine.length === 0 && this.selfId !== null) mine = participants.filter((p) => p.id === this.selfId);
    if (mine.length === 0 && this.selfId === null && selfName !== null && complete) {
      mine = participants.filter((p) => bareName(p.name) === selfName);
    }
    if (mine.length !== 1) return;
    const me = mine[0]!;
    me.self = true;
    this.selfId = me.id;
    this.selfRowName = bareName(me.name);
    this.selfHost = me.role === 'host' || me.role === 'cohost';
  }

  /** A busy roster re-renders rows for mute and speaking icons all the time. */
  private parseRow(el: Element, tid: string): RowRead {
    const organizer = el.querySelector(CSS.organizer) !== null;
    const key = `${organizer ? 'o' : '-'}${tid}\u0000${el.getAttribute('aria-label') ?? ''}`;
    const hit = this.rowCache.get(el);
    if (hit && hit.key === key) {
      const avatarOk = hit.avatar
        ? hit.avatar.isConnected && hit.avatar.id === hit.avatarId && el.contains(hit.avatar)
        : el.querySelector(CSS.avatar) === null;
      if (avatarOk) return hit;
    }
    const prefix = [...IN_CALL_PREFIXES, INVITED_PREFIX].find((x) => tid.startsWith(x));
    let name = prefix ? oneLine(tid.slice(prefix.length, prefix.length + NAME_MAX * 2), NAME_MAX) : '';
    if (!name) name = oneLine(el.querySelector(CSS.rosterName)?.getAttribute('title'), NAME_MAX);
    const avatar = el.querySelector(CSS.avatar);
    const avatarId = avatar?.id ?? '';
    const mri = capText(avatarId.slice(AVATAR_PREFIX.length), NAME_MAX);
    const role: Role = organizer ? 'host' : readRole(el, name, mri);
    const read: RowRead = { key, avatar, avatarId, name, mri, role };
    this.rowCache.set(el, read);
    return read;
  }
}

function readRole(el: Element, name: string, mri: string): Role {
  // Status words ("Organizer", "Người tổ chức") in the row, never the name itself.
  for (const span of Array.from(el.getElementsByTagName('span'))) {
    if (span.childElementCount > 0 || span.hasAttribute('title')) continue;
    const raw = span.textContent ?? '';
    if (raw.length === 0 || raw.length > 40) continue;
    const word = STATUS.get(oneLine(raw, 40).toLowerCase());
    if (word && raw.trim() !== name) return word;
  }
  if (mri.startsWith('8:teamsvisitor:') || roleSuffix(name, SUFFIX.guest)) return 'guest';
  if (roleSuffix(name, SUFFIX.external)) return 'external';
  return 'participant';
}
