import type { PlatformModule } from '../types';
import { createMeetAdapter } from './adapter';

export const meet: PlatformModule = {
  platform: 'meet',
  // Names in row labels, participant and tile ids (a share tile reuses the presenter's id), the People badge, panel toggles.
  watchedAttributes: [
    'aria-label',
    'aria-expanded',
    'data-participant-id',
    'data-tile-media-id',
    'data-avatar-count',
    'data-message-id',
  ],
  createAdapter: createMeetAdapter,
};
