/**
 * What the content script costs a busy Zoom page: content-overhead.bench.ts's A/B, its rounds and its
 * figures, on the Zoom fixture (bench/busy-clients.ts says how the page is made busy).
 */
import { ZOOM } from './busy-clients';
import { contentOverhead } from './content-overhead.bench';
import type { Figure } from './figures';

export default (): Promise<Figure[]> => contentOverhead(ZOOM);
