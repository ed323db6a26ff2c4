/** Each client's host-state readers, for the checklist (the adapters read the class; these read its settings). */
import type { Platform } from '../../common/model';
import { peopleButton as meetPeople } from '../../platforms/meet/host-state';
import { peopleButton as teamsPeople } from '../../platforms/teams/host-state';
import { peopleButton as zoomPeople, readSecuritySwitches, type ZoomSwitch } from '../../platforms/zoom/host-state';

export interface HostReaders {
  peopleButton(doc: Document): HTMLElement | null;
  /** Zoom only: the Security menu's switches, null while it is closed. */
  securitySwitches?(doc: Document): Map<ZoomSwitch, boolean> | null;
}

const READERS: Record<Platform, HostReaders> = {
  meet: { peopleButton: meetPeople },
  zoom: { peopleButton: zoomPeople, securitySwitches: readSecuritySwitches },
  teams: { peopleButton: teamsPeople },
};

export const hostReaders = (platform: Platform): HostReaders => READERS[platform];
