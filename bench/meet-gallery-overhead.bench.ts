/**
 * What the content script costs a busy Meet page with the tile reader on: content-overhead.bench.ts's
 * A/B, its rounds and its figures, with the People list closed and the chat open, so the guard names
 * people from a 49-tile gallery that changes every frame (bench/busy-clients.ts, MEET_GALLERY). Its
 * baseline is the same page without the extension; content-overhead's own Meet figure (People open,
 * tiles not read) is the one to set it beside.
 */
import { MEET_GALLERY } from './busy-clients';
import { contentOverhead } from './content-overhead.bench';
import type { Figure } from './figures';

export default (): Promise<Figure[]> => contentOverhead(MEET_GALLERY);
