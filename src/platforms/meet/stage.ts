/**
 * docs/adapters/meet.md#screen-share and #stage. A share never adds a person; a camera tile names
 * someone present (a partial view: the grid shows a subset).
 */
import type { Participant, Presenter } from '../../common/model';
import { NAME_MAX, capText } from '../kit/text';
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
interface TileRead {
  shares: readonly ShareTile[];
  people: readonly Participant[];
}
/** A tile's parse, kept while its id and name text are the same strings. */
interface TileInfo {
  id: string;
  media: string;
  shown: string;
}

export class MeetStage {
  private watch: WatchedSubtree<TileRead> | null = null;
  private readonly tileCache = new WeakMap<Element, TileInfo>();

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

  /** Camera tiles' people, self marked; the same frozen array until the grid changes. */
  people(): readonly Participant[] {
    return this.tiles().people;
  }

  private shareTiles(): readonly ShareTile[] {
    return this.tiles().shares;
  }

  /** Without <main>, the whole page is searched (People rows carry no media id). */
  private tiles(): TileRead {
    const main = this.page.findMain();
    this.watch = WatchedSubtree.follow(this.watch, main, STAGE_MUTATIONS);
    return this.watch ? this.watch.read((root) => this.parse(root)) : this.parse(this.doc);
  }

  private tile(tile: Element): TileInfo | null {
    const id = tile.getAttribute('data-participant-id');
    const media = tile.getAttribute('data-tile-media-id');
    if (!id || !media) return null;
    const nameEl = tile.querySelector(SEL.tileName);
    const shown = nameEl?.textContent ?? '';
    const cached = this.tileCache.get(tile);
    if (cached && cached.id === id && cached.media === media && cached.shown === shown) return cached;
    const info = { id, media, shown };
    this.tileCache.set(tile, info);
    return info;
  }

  private parse(root: ParentNode): TileRead {
    const shares: ShareTile[] = [];
    const people: Participant[] = [];
    const seen = new Set<string>();
    const selfId = this.who.self.id;
    for (const el of root.querySelectorAll(SEL.tile)) {
      const t = this.tile(el);
      if (!t) continue;
      const name = capText(t.shown.trim(), NAME_MAX);
      if (t.media !== t.id) {
        shares.push({ id: t.id, name: name ? stripPresentationSuffix(name) : null });
        continue;
      }
      if (!name || seen.has(t.id)) continue;
      seen.add(t.id);
      people.push({ id: t.id, idStable: true, name, role: 'participant', self: t.id === selfId });
    }
    return { shares: Object.freeze(shares), people: Object.freeze(people) };
  }
}
