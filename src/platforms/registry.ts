/**
 * The registry of supported clients: adding a platform means adding its folder and one line here.
 * URL detection is pure and cheap, so the worker uses it too (to check who sends messages).
 */
import type { PlatformModule } from './types';
import { meet } from './meet';
import { zoom } from './zoom';
import { teams } from './teams';

export const PLATFORM_MODULES: readonly PlatformModule[] = [meet, zoom, teams];

export function platformForUrl(url: URL): PlatformModule | null {
  if (url.protocol !== 'https:') return null;
  return PLATFORM_MODULES.find((p) => p.isMeetingUrl(url)) ?? null;
}
