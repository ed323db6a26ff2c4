import type { PlatformModule } from '../types';
import { MeetAdapter } from './adapter';
import { isMeetingUrl } from './detect';

export const meet: PlatformModule = {
  platform: 'meet',
  isMeetingUrl,
  createAdapter: (doc, win) => new MeetAdapter(doc, win),
};
