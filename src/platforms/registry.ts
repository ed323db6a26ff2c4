/**
 * The registry of supported clients: adding a platform means adding its folder and one line here.
 * URL detection is pure and cheap, so the worker uses it too (to check who sends messages). A
 * client's adapter is loaded only on that client's pages: a meeting tab holds one adapter's code,
 * not three (an adapter's source stays in the page's heap with its compiled code).
 */
import type { Platform } from '../shared/model';
import type { PlatformModule } from './types';
import { isMeetingUrl as isMeetUrl } from './meet/detect';
import { isZoomMeetingUrl } from './zoom/detect';
import { isTeamsUrl } from './teams/detect';

/** A client as the registry knows it: its URL test here, everything else in the module `load()` gives. */
export interface PlatformEntry {
  readonly platform: Platform;
  /** Pure: is this URL one of the client's meeting pages? */
  isMeetingUrl(url: URL): boolean;
  /** The client's adapter module (a separate chunk of the content script). */
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
