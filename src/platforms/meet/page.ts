/** Toolbar, state and identity (docs/adapters/meet.md#state, #identity, #toolbar-and-glyphs). */
import type { MeetingIdentity, MeetingState } from '../../common/model';
import { TITLE_MAX, capText, trimmedText } from '../kit/text';
import { meetingCodeFromPath } from './detect';
import { GLYPH, css } from './selectors';
import { containsText, isText } from './text';
import { READ_MUTATIONS, WatchedSubtree } from './watched-subtree';

const SEL = {
  nameInput: css('nameInput'),
  leave: css('leaveButton'),
  glyph: css('toolbarGlyph'),
  tile: css('tile'),
  ended: css('endedHeading'),
  title: css('title'),
  avatarCount: css('avatarCount'),
};

const NO_GLYPHS: ReadonlySet<string> = new Set();
/** Tags whose text is not shown: Meet inlines its localized strings in scripts. */
const HIDDEN_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export class MeetPage {
  private main: Element | null = null;
  private toolbar: Element | null = null;
  private titleEl: Element | null = null;
  private toolbarWatch: WatchedSubtree<ReadonlySet<string>> | null = null;
  private lastIdentity: { url: string; shown: string; docTitle: string; identity: MeetingIdentity } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
  ) {}

  dispose(): void {
    this.toolbarWatch?.disconnect();
    this.toolbarWatch = null;
  }

  findMain(): Element | null {
    if (!this.main?.isConnected) this.main = this.doc.querySelector('main');
    return this.main;
  }

  findToolbar(): Element | null {
    if (!this.toolbar?.isConnected) {
      const leave = this.doc.querySelector(SEL.leave);
      this.toolbar = leave ? (leave.closest('[role="region"]') ?? leave.parentElement) : null;
    }
    return this.toolbar;
  }

  /** Read again only after the toolbar's text or elements changed. */
  toolbarGlyphs(): ReadonlySet<string> {
    const toolbar = this.findToolbar();
    this.toolbarWatch = WatchedSubtree.follow(this.toolbarWatch, toolbar, READ_MUTATIONS);
    return (
      this.toolbarWatch?.read((root) => {
        const glyphs = new Set<string>();
        for (const g of root.querySelectorAll(SEL.glyph)) glyphs.add(trimmedText(g, 64));
        return glyphs;
      }) ?? NO_GLYPHS
    );
  }

  readState(glyphs: ReadonlySet<string>): MeetingState {
    // Hot path first: in a call, tiles or toolbar glyphs answer without scanning the document.
    if (this.findMain()?.querySelector(SEL.tile)) return 'in-call';
    if (GLYPH.inCall.some((g) => glyphs.has(g))) return 'in-call';
    if (this.doc.querySelector(SEL.ended)) return 'ended';
    // Small pages from here on (lobby, pre-join, end page): text is the only signal left.
    for (const h1 of this.doc.getElementsByTagName('h1')) {
      if (isText('ended', trimmedText(h1, TITLE_MAX))) return 'ended';
    }
    if (this.pageHasText((s) => containsText('waiting', s))) return 'waiting';
    if (this.doc.querySelector(SEL.nameInput)) return 'prejoin';
    for (const button of this.doc.getElementsByTagName('button')) {
      if (isText('joinButtons', trimmedText(button, TITLE_MAX))) return 'prejoin';
    }
    return 'unknown';
  }

  private pageHasText(test: (s: string) => boolean): boolean {
    const body = this.doc.body;
    if (!body) return false;
    const walker = this.doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        HIDDEN_TEXT.has(n.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const s = n.nodeValue;
      if (s && test(s)) return true;
    }
    return false;
  }

  identity(): MeetingIdentity {
    const url = this.win.location.href;
    if (!this.titleEl?.isConnected)
      this.titleEl = this.findToolbar()?.querySelector(SEL.title) ?? this.doc.querySelector(SEL.title);
    // "<title> - Google Meet" (docs/adapters/meet.md#identity); "Meet - <code>" when untitled.
    const shown = trimmedText(this.titleEl, TITLE_MAX);
    const docTitle = shown ? '' : this.doc.title;
    // Same page as last snapshot: same identity.
    const last = this.lastIdentity;
    if (last && last.url === url && last.shown === shown && last.docTitle === docTitle) return last.identity;
    const code = meetingCodeFromPath(this.win.location.pathname);
    const title =
      shown ||
      capText(
        docTitle
          .replace(/\s+-\s+Google Meet$/, '')
          .replace(/^Meet\s+[-–]\s+/, '')
          .trim(),
        TITLE_MAX,
      );
    const untitled = !title || title === code || title === 'Meet' || title === 'Google Meet';
    const identity: MeetingIdentity = Object.freeze({ platform: 'meet', code, title: untitled ? null : title, url });
    this.lastIdentity = { url, shown, docTitle, identity };
    return identity;
  }

  participantCount(): number | null {
    const el = this.findToolbar()?.querySelector(SEL.avatarCount) ?? null;
    const n = Number.parseInt(el?.getAttribute('data-avatar-count') ?? '', 10);
    return Number.isFinite(n) && n >= 0 ? n : null;
  }
}
