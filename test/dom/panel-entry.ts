/** What the panel's DOM test bundles: the panel and the overlay host it lives in. */
export { createAlertPanel } from '../../src/content/panel/index';
export { createOverlayHost } from '../../src/content/overlay/host';
