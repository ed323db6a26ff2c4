/**
 * A private message to the child from someone the class does not vouch for (docs/parent-mode.md#private-messages).
 * Pure. A client shows a participant only the private messages they sent or received, so on this
 * screen a private message the child did not send is one sent to the child.
 */
import type { ClassConfig } from '../../common/classes';
import type { ChatMessage, Finding, Observation, Participant } from '../../common/model';
import { createRosterIndex, normalizeName, type RosterIndex } from '../../common/names';

/** Who a private message to the child came from, as far as the class tells. */
export type Standing = 'staff' | 'teacher' | 'classmate' | 'unknown';

export interface PrivateWatch {
  /** Every observation: who the client shows as host or co-host. */
  note(obs: Observation): void;
  /** The finding to log (and advise on) for a message on the child's screen, or null. */
  check(m: ChatMessage): Finding | null;
}

const isStaff = (p: Participant): boolean => p.role === 'host' || p.role === 'cohost';

/** The host and co-hosts the client has shown in this call, by id and by name: the list may be closed now. */
class StaffBook {
  private readonly ids = new Set<string>();
  private readonly names = new Set<string>();
  /** `roleChanged`: only a change of role takes staff away; a tile sighting shows no role at all. */
  note(p: Participant, roleChanged: boolean): void {
    // Most arrivals are pupils: their names are not normalized at all.
    if (p.self || (!isStaff(p) && !roleChanged)) return;
    const key = normalizeName(p.name).key;
    if (isStaff(p)) {
      this.ids.add(p.id);
      if (key) this.names.add(key);
    } else {
      this.ids.delete(p.id);
      this.names.delete(key);
    }
  }
  has(m: ChatMessage): boolean {
    if (m.senderId !== null && this.ids.has(m.senderId)) return true;
    const key = normalizeName(m.senderName).key;
    return key !== '' && this.names.has(key);
  }
}

interface ClassIndex {
  teachers: RosterIndex | null;
  roster: RosterIndex | null;
}

function indexOf(cls: ClassConfig | null): ClassIndex {
  return {
    teachers: cls && cls.teachers.length > 0 ? createRosterIndex(cls.teachers.map((name) => ({ name }))) : null,
    roster: cls && cls.roster.length > 0 ? createRosterIndex(cls.roster) : null,
  };
}

/**
 * The host or a co-host (the client's own word for who runs the call), a teacher or a pupil of the
 * class by name (an exact match only: a look-alike of a classmate's name is someone else), else unknown.
 */
export function standingOf(m: ChatMessage, staff: { has(m: ChatMessage): boolean }, idx: ClassIndex): Standing {
  if (staff.has(m)) return 'staff';
  const name = normalizeName(m.senderName);
  if (name.key === '') return 'unknown';
  if (idx.teachers?.match(name).verdict === 'known') return 'teacher';
  if (idx.roster?.match(name).verdict === 'known') return 'classmate';
  return 'unknown';
}

/** The child finding: review tier (harmless words raise no alarm), forwarded to the parent as a summary. */
export function privateFinding(m: ChatMessage): Finding {
  return {
    ruleId: 'child.private',
    category: 'unknown-participant',
    severity: 1,
    tier: 'review',
    subject: { name: m.senderName, messageId: m.id },
    evidence: {
      text: m.text,
      detail: 'advice shown to the child: private message from someone not known in the class',
    },
  };
}

/**
 * `classConfig`: this meeting's class, read when a message comes (it is known only once the session
 * opens). Once per sender: a second message from the same person adds nothing.
 */
export function createPrivateWatch(classConfig: () => ClassConfig | null): PrivateWatch {
  const staff = new StaffBook();
  const advised = new Set<string>();
  let cls: ClassConfig | null | undefined;
  let idx: ClassIndex = indexOf(null);
  return {
    note(obs) {
      if (obs.kind === 'participant.joined' || obs.kind === 'participant.role' || obs.kind === 'participant.renamed')
        staff.note(obs.participant, obs.kind === 'participant.role');
    },
    check(m) {
      if (m.self || m.privateTo === null) return null;
      const sender = m.senderId !== null ? `id:${m.senderId}` : `name:${normalizeName(m.senderName).key}`;
      if (advised.has(sender)) return null;
      const now = classConfig();
      if (now !== cls) {
        cls = now;
        idx = indexOf(now);
      }
      if (standingOf(m, staff, idx) !== 'unknown') return null;
      advised.add(sender);
      return privateFinding(m);
    },
  };
}
