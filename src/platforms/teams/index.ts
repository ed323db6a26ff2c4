import type { PlatformModule } from '../types';
import { createTeamsAdapter } from './adapter';

export const teams: PlatformModule = {
  platform: 'teams',
  // Names inside data-tid and title, the avatar id carrying the user id (rows are recycled in place), share labels, chat ids and times.
  watchedAttributes: ['data-tid', 'title', 'id', 'aria-label', 'data-mid', 'datetime'],
  createAdapter: createTeamsAdapter,
};
