import type { PlatformModule } from '../types';
import { createTeamsAdapter } from './adapter';

export const teams: PlatformModule = {
  platform: 'teams',
  // Names, the avatar's user id (rows are recycled in place), share labels, chat ids and times.
  watchedAttributes: ['data-tid', 'title', 'id', 'aria-label', 'data-mid', 'datetime'],
  createAdapter: createTeamsAdapter,
};
