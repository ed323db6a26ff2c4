/**
 * What the content script costs a busy Teams page: content-overhead.bench.ts's A/B, its rounds and its
 * figures, on the Teams fixture (bench/busy-clients.ts says how the page is made busy).
 */
import { TEAMS } from './busy-clients';
import { contentOverhead } from './content-overhead.bench';
import type { Figure } from './figures';

export default (): Promise<Figure[]> => contentOverhead(TEAMS);
