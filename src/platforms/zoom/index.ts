import type { PlatformModule } from '../types';
import { createZoomAdapter } from './adapter';

/** Top-level or inside the app shell's #webclient iframe. */
export const zoom: PlatformModule = {
  platform: 'zoom',
  watchedAttributes: ['aria-label', 'node-id', 'media-type', 'data-id', 'data-userid', 'data-name'],
  createAdapter: createZoomAdapter,
};
