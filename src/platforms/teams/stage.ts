/** docs/adapters/teams.md#screen-share: phantom and stale tiles of a virtualized stage hold no video. */
import type { Presenter } from '../../common/model';
import { LABEL_MAX, NAME_MAX, capText } from '../kit/text';
import type { NameBook } from './names';
import { css } from './selectors';
import { matcher } from './text';

const LABEL_MEMORY = 1000;
const TILE_WITH_LABEL = css('stageTile')
  .split(', ')
  .map((s) => `${s}[aria-label]`)
  .join(', ');
const match = { shared: matcher('contentSharedBy'), presenting: matcher('isPresenting') };

export class TeamsStage {
  private readonly labelCache = new Map<string, string | null>();

  constructor(private readonly names: NameBook) {}

  read(stage: Element, selfId: string | null): Presenter[] {
    const out: Presenter[] = [];
    for (const tile of Array.from(stage.querySelectorAll(TILE_WITH_LABEL))) {
      const raw = this.sharedBy(tile.getAttribute('aria-label') ?? '');
      if (raw === null || !tile.querySelector('video')) continue;
      // A copied teacher name is ambiguous: own only when it leads to the own row alone.
      const id = this.names.idFor(raw);
      out.push({ participantId: id, name: raw, self: id !== null && id === selfId });
    }
    return out;
  }

  /** Labels repeat every frame, so answers are kept. */
  private sharedBy(label: string): string | null {
    if (label.length > LABEL_MAX) return null;
    let name = this.labelCache.get(label);
    if (name === undefined) {
      const raw = match.shared(label) ?? match.presenting(label);
      name = raw === null ? null : capText(raw.trim(), NAME_MAX) || null;
      if (this.labelCache.size >= LABEL_MEMORY) this.labelCache.clear();
      this.labelCache.set(label, name);
    }
    return name;
  }
}
