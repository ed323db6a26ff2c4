import type { PlatformModule } from '../types';
import { createZoomAdapter } from './adapter';

/** Zoom web client (app.zoom.us and tenant hosts), top-level or inside the app shell's #webclient iframe. */
export const zoom: PlatformModule = {
  platform: 'zoom',
  // Row labels with names and roles, the share player's node-id/media-type, chat ids and senders.
  watchedAttributes: ['aria-label', 'node-id', 'media-type', 'data-id', 'data-userid', 'data-name'],
  createAdapter: createZoomAdapter,
};
