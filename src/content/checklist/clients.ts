/** Each client's host-state readers, for the checklist (the adapters read the class; these read its settings). */
import type { Platform } from '../../common/model';
import { chatButton as meetChat, peopleButton as meetPeople } from '../../platforms/meet/host-state';
import { chatButton as teamsChat, peopleButton as teamsPeople } from '../../platforms/teams/host-state';
import {
  chatButton as zoomChat,
  peopleButton as zoomPeople,
  readSecuritySwitches,
} from '../../platforms/zoom/host-state';
import { zoomSwitchStates, type MenuStates } from './readings';

export interface HostReaders {
  peopleButton(doc: Document): HTMLElement | null;
  chatButton(doc: Document): HTMLElement | null;
  /** The host's settings where a menu or panel of the client shows them; null while none is open. */
  settings?(doc: Document, at: string): MenuStates | null;
}

function zoomSettings(doc: Document, at: string): MenuStates | null {
  const read = readSecuritySwitches(doc);
  return read && read.size > 0 ? zoomSwitchStates(read, at) : null;
}

const READERS: Record<Platform, HostReaders> = {
  meet: { peopleButton: meetPeople, chatButton: meetChat },
  zoom: { peopleButton: zoomPeople, chatButton: zoomChat, settings: zoomSettings },
  teams: { peopleButton: teamsPeople, chatButton: teamsChat },
};

export const hostReaders = (platform: Platform): HostReaders => READERS[platform];
