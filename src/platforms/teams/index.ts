import type { PlatformModule } from '../types';
import { TeamsAdapter } from './adapter';
import { isTeamsUrl } from './detect';

export const teams: PlatformModule = {
  platform: 'teams',
  isMeetingUrl: isTeamsUrl,
  createAdapter: (doc, win) => new TeamsAdapter(doc, win),
};
