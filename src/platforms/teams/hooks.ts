/** Hooks are kept while connected, so a snapshot does not query the whole document each time. */
import type { MeetingState } from '../../common/model';
import { css, type SelectorName } from './selectors';

/** Hooks absent from the page are looked for document-wide every n-th snapshot. */
const FULL_RECHECK = 8;

export class TeamsHooks {
  private readonly cache = new Map<SelectorName, Element | null>();
  private readonly absent = new Set<SelectorName>();
  private lookedUpIn: MeetingState | null = null;
  private sinceFull = 0;

  constructor(private readonly doc: Document) {}

  got(name: SelectorName): Element | null {
    return this.cache.get(name) ?? null;
  }

  /**
   * A hook gone, or a new state, triggers one query for everything missing. While one side panel is
   * mounted the other is not looked for (docs/adapters/teams.md#frames-and-panels).
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

  /** Of the two side panels, only the one that may be open. */
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

  /** Where side panels mount. */
  private callScreen(bar: Element | null): Element | null {
    const stage = this.cache.get('stage');
    if (!bar?.isConnected || !stage?.isConnected) return null;
    let el: Element | null = stage.parentElement;
    while (el && !el.contains(bar)) el = el.parentElement;
    return el;
  }
}
