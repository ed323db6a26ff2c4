/** docs/adapters/meet.md#screen-share. A share never adds a person. */
import type { Presenter } from '../../common/model';
import { NAME_MAX, trimmedText } from '../kit/text';
import type { PeoplePanel } from './people';
import type { MeetPage } from './page';
import type { SelfView } from './chat';
import { GLYPH, css } from './selectors';
import { stripPresentationSuffix } from './text';
import { READ_MUTATIONS, WatchedSubtree } from './watched-subtree';

const SEL = { tile: css('tile'), tileName: css('tileName') };

const STAGE_MUTATIONS: MutationObserverInit = {
  ...READ_MUTATIONS,
  attributeFilter: ['data-participant-id', 'data-tile-media-id'],
};

type ShareTile = { id: string; name: string | null };

export class MeetStage {
  private watch: WatchedSubtree<readonly ShareTile[]> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly page: MeetPage,
    private readonly who: SelfView,
  ) {}

  dispose(): void {
    this.watch?.disconnect();
    this.watch = null;
  }

  read(people: PeoplePanel | null, glyphs: ReadonlySet<string>): Presenter[] {
    const self = this.who.self;
    const byId = new Map<string, Presenter>();
    const nameOf = (id: string): string | null => people?.participants.find((p) => p.id === id)?.name ?? null;
    const add = (id: string, fallbackName: string | null): void => {
      if (byId.has(id)) return;
      byId.set(id, { participantId: id, name: nameOf(id) ?? fallbackName, self: id === self.id });
    };
    for (const tile of this.shareTiles()) add(tile.id, tile.name);
    if (people) for (const id of people.presenting) add(id, null);
    if (glyphs.has(GLYPH.ownShare) && ![...byId.values()].some((p) => p.self)) {
      const own: Presenter = { participantId: self.id, name: self.name, self: true };
      byId.set(self.id ?? 'self', own);
    }
    return [...byId.values()];
  }

  /** Without <main>, the whole page is searched (People rows carry no media id). */
  private shareTiles(): readonly ShareTile[] {
    const main = this.page.findMain();
    this.watch = WatchedSubtree.follow(this.watch, main, STAGE_MUTATIONS);
    const read = (root: ParentNode) => {
      const out: ShareTile[] = [];
      for (const tile of root.querySelectorAll(SEL.tile)) {
        const id = tile.getAttribute('data-participant-id');
        if (!id || tile.getAttribute('data-tile-media-id') === id) continue;
        const shown = trimmedText(tile.querySelector(SEL.tileName), NAME_MAX);
        out.push({ id, name: shown ? stripPresentationSuffix(shown) : null });
      }
      return out;
    };
    return this.watch ? this.watch.read(read) : read(this.doc);
  }
}
