/**
 * The hooks a snapshot reads (title, avatar, panels, stage), looked up once and kept while their
 * element stays connected, so a snapshot does not query the whole document each time.
 */
import type { MeetingState } from '../../shared/model';
import { css, type SelectorName } from './selectors';

/** Hooks that were not in the page are looked for in the whole document every n-th snapshot. */
const FULL_RECHECK = 8;

export class TeamsHooks {
  private readonly cache = new Map<SelectorName, Element | null>();
  /** Hooks the last document-wide query did not find. */
  private readonly absent = new Set<SelectorName>();
  private lookedUpIn: MeetingState | null = null;
  private sinceFull = 0;

  constructor(private readonly doc: Document) {}

  /** A hook found by the last lookUp(). */
  got(name: SelectorName): Element | null {
    return this.cache.get(name) ?? null;
  }

  /**
   * Refreshes the cached hooks this state needs. A hook that was in the page and is gone (re-rendered,
   * panel switched), or a new state, triggers one query for everything missing. Hooks that were not
   * there at the last such query (a closed panel, no profile avatar) are looked for again only every
   * FULL_RECHECK snapshots, except the panels, which are looked for in the call screen every time.
   * Teams mounts one side panel at a time, so while one panel root is in the page the other is not
   * looked for (docs/adapters/teams.md#frames-and-panels).
   */
  lookUp(state: MeetingState, callBar: Element | null): void {
    const names = this.wanted(state);
    const missing = names.filter((n) => this.cache.get(n)?.isConnected !== true);
    if (missing.length === 0) return;
    const full =
      state !== this.lookedUpIn || missing.some((n) => !this.absent.has(n)) || ++this.sinceFull >= FULL_RECHECK;
    this.lookedUpIn = state;
    if (full) {
      this.sinceFull = 0;
      this.search(this.doc, missing);
      return;
    }
    const panels = missing.filter((n) => n === 'rosterRoot' || n === 'chatViewport');
    const scope = panels.length > 0 ? this.callScreen(callBar) : null;
    if (scope) this.search(scope, panels);
  }

  /** The hooks a state reads; of the two side panels, only the one that may be open. */
  private wanted(state: MeetingState): SelectorName[] {
    const names: SelectorName[] = ['meAvatar'];
    if (state === 'in-call') {
      names.push('callTitle', 'rosterBadge', 'stage');
      const rosterOpen = this.cache.get('rosterRoot')?.isConnected === true;
      const chatOpen = !rosterOpen && this.cache.get('chatViewport')?.isConnected === true;
      if (!chatOpen) names.push('rosterRoot');
      if (!rosterOpen) names.push('chatViewport');
      if (rosterOpen) this.cache.set('chatViewport', null);
      if (chatOpen) this.cache.set('rosterRoot', null);
    } else if (state === 'prejoin' || state === 'waiting') {
      names.push('meetingHeaderTitle', 'prejoinNameInput');
    }
    return names;
  }

  /** One query for several hooks; what it does not find is remembered as absent. */
  private search(root: ParentNode, names: readonly SelectorName[]): void {
    for (const n of names) this.cache.set(n, null);
    for (const el of Array.from(root.querySelectorAll(names.map(css).join(', ')))) {
      for (const n of names) if (this.cache.get(n) === null && el.matches(css(n))) this.cache.set(n, el);
    }
    for (const n of names) {
      if (this.cache.get(n) === null) this.absent.add(n);
      else this.absent.delete(n);
    }
  }

  /** The smallest element holding both the call bar and the stage: where side panels mount. */
  private callScreen(bar: Element | null): Element | null {
    const stage = this.cache.get('stage');
    if (!bar?.isConnected || !stage?.isConnected) return null;
    let el: Element | null = stage.parentElement;
    while (el && !el.contains(bar)) el = el.parentElement;
    return el;
  }
}
