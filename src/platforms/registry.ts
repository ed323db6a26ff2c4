/** A meeting tab loads only its client's adapter chunk: an adapter's source stays in the page's heap. */
import type { Platform } from '../common/model';
import type { PlatformModule } from './types';
import { isMeetingUrl as isMeetUrl } from './meet/detect';
import { isZoomMeetingUrl } from './zoom/detect';
import { isTeamsUrl } from './teams/detect';

export interface PlatformEntry {
  readonly platform: Platform;
  /** Pure and cheap: the worker uses it too. */
  isMeetingUrl(url: URL): boolean;
  load(): Promise<PlatformModule>;
}

export const PLATFORM_ENTRIES: readonly PlatformEntry[] = [
  { platform: 'meet', isMeetingUrl: isMeetUrl, load: () => import('./meet').then((m) => m.meet) },
  { platform: 'zoom', isMeetingUrl: isZoomMeetingUrl, load: () => import('./zoom').then((m) => m.zoom) },
  { platform: 'teams', isMeetingUrl: isTeamsUrl, load: () => import('./teams').then((m) => m.teams) },
];

export function platformForUrl(url: URL): PlatformEntry | null {
  if (url.protocol !== 'https:') return null;
  return PLATFORM_ENTRIES.find((p) => p.isMeetingUrl(url)) ?? null;
}
