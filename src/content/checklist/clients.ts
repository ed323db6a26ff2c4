/** Each client's host-state readers, for the checklist (the adapters read the class; these read its settings). */
import type { Platform } from '../../common/model';
import { chatButton as meetChat, peopleButton as meetPeople } from '../../platforms/meet/host-state';
import { chatButton as teamsChat, peopleButton as teamsPeople } from '../../platforms/teams/host-state';
import {
  chatButton as zoomChat,
  peopleButton as zoomPeople,
  readSecuritySwitches,
  type ZoomSwitch,
} from '../../platforms/zoom/host-state';

export interface HostReaders {
  peopleButton(doc: Document): HTMLElement | null;
  chatButton(doc: Document): HTMLElement | null;
  /** Zoom only: the Security menu's switches, null while it is closed. */
  securitySwitches?(doc: Document): Map<ZoomSwitch, boolean> | null;
}

const READERS: Record<Platform, HostReaders> = {
  meet: { peopleButton: meetPeople, chatButton: meetChat },
  zoom: { peopleButton: zoomPeople, chatButton: zoomChat, securitySwitches: readSecuritySwitches },
  teams: { peopleButton: teamsPeople, chatButton: teamsChat },
};

export const hostReaders = (platform: Platform): HostReaders => READERS[platform];
