/**
 * docs/adapters/teams.md
 *
 *   state      ← data-tid screens (#calling-retry-screen-title, lobby, call bar, pre-join)   (state.ts)
 *   roster     ← People panel FlatTree: section headers + rows in document order (one query)  (roster.ts)
 *   waiting    ← rows under the lobby section header (organizer view; header text per locale)
 *   presenters ← stage tiles labelled "Content shared by X" that hold a video               (stage.ts)
 *   stage      ← camera tiles' names → partial sightings while the roster is not full  (stage-people.ts)
 *   chat       ← chat pane items; authors carried forward over follow-ons, remembered by data-mid (chat.ts)
 *
 * One side panel is mounted at a time: the coverage says which of roster and chat is hidden.
 */
import type { Coverage, Participant, Presenter, Snapshot } from '../../common/model';
import type { PlatformAdapter } from '../types';
import { TeamsChat } from './chat';
import { TeamsHooks } from './hooks';
import { TeamsIdentity } from './identity';
import { NameBook } from './names';
import { TeamsRoster } from './roster';
import { css } from './selectors';
import { TeamsStage } from './stage';
import { TeamsStagePeople } from './stage-people';
import { TeamsState, hasCall } from './state';

export { CHAT_MAX, NAME_MAX } from '../kit/text';
export { IDLE_RECHECK_MS } from './state';

function rosterCoverage(
  inCall: boolean,
  roster: { participants: Participant[] } | null,
  count: number | null,
  chatOpen: boolean,
): Pick<Coverage, 'roster' | 'rosterReason'> {
  if (!inCall) return { roster: 'hidden', rosterReason: 'not-in-call' };
  if (!roster) return { roster: 'hidden', rosterReason: chatOpen ? 'other-panel-open' : 'panel-closed' };
  // Virtualized: only rows in view are mounted (docs/adapters/teams.md#roster).
  if (count !== null && roster.participants.length < count) return { roster: 'partial', rosterReason: 'virtualized' };
  return { roster: 'full', rosterReason: null };
}

function chatCoverage(inCall: boolean, chatOpen: boolean, rosterOpen: boolean): Pick<Coverage, 'chat' | 'chatReason'> {
  if (chatOpen) return { chat: 'visible', chatReason: null };
  return { chat: 'hidden', chatReason: !inCall ? 'not-in-call' : rosterOpen ? 'other-panel-open' : 'panel-closed' };
}

export class TeamsAdapter implements PlatformAdapter {
  readonly platform = 'teams' as const;
  private readonly state: TeamsState;
  private readonly hooks: TeamsHooks;
  private readonly identity: TeamsIdentity;
  private readonly names = new NameBook();
  private readonly roster = new TeamsRoster(this.names);
  private readonly stage = new TeamsStage(this.names);
  private readonly stagePeople = new TeamsStagePeople(this.names);
  private readonly chat = new TeamsChat(this.names);

  constructor(
    private readonly doc: Document,
    private readonly win: Window,
  ) {
    this.state = new TeamsState(doc, win);
    this.hooks = new TeamsHooks(doc);
    this.identity = new TeamsIdentity(doc, win, this.hooks);
  }

  isMeetingFrame(): boolean {
    if (this.win.top !== this.win) return hasCall(this.doc);
    // A same-origin call iframe has its own content script (docs/adapters/teams.md#frames-and-panels).
    for (const frame of Array.from(this.doc.getElementsByTagName('iframe'))) {
      let inner: Document | null;
      try {
        inner = frame.contentDocument;
      } catch {
        inner = null; // cross-origin (PowerPoint Live, auth)
      }
      if (inner && hasCall(inner) && !hasCall(this.doc)) return false;
    }
    return true;
  }

  rowFor(kind: 'participant' | 'waiting', participantId: string): Element | null {
    return this.roster.rowFor(kind, participantId);
  }

  controls(): Element[] {
    // The whole call bar, not only Leave: the panel's steps send the teacher to its People and More buttons.
    const chat = this.doc.querySelector(css('chatViewport'));
    const bars = [...this.doc.querySelectorAll(`${css('hangupButton')}, ${css('toolbar')}, ${css('rosterRoot')}`)];
    // The chat's side panel too, when it is the one open: what the teacher reads there stays in view.
    return chat ? [...bars, chat.closest('[role="complementary"]') ?? chat] : bars;
  }

  dispose(): void {
    this.stagePeople.dispose();
  }

  snapshot(): Snapshot {
    const state = this.state.read();
    const inCall = state === 'in-call';
    this.hooks.lookUp(state, this.state.marker);
    const meeting = this.identity.meeting(state);
    const shownName = this.identity.selfName(state);

    const rosterRoot = inCall ? this.hooks.got('rosterRoot') : null;
    const chatRoot = inCall ? this.hooks.got('chatViewport') : null;
    const badge = inCall ? this.identity.badge() : null;
    const roster = rosterRoot ? this.roster.read(rosterRoot, shownName, badge) : null;
    // A signed-out guest has no avatar: the own row ("(You)") names them.
    const selfName = shownName ?? this.roster.selfRowName;
    const participantCount = inCall ? (roster?.count ?? badge) : null;

    const stageRoot = inCall ? this.hooks.got('stage') : null;
    const rosterCov = rosterCoverage(inCall, roster, participantCount, chatRoot !== null);
    // The tiles name people only while the list is not full.
    const stage =
      stageRoot && rosterCov.roster !== 'full' ? this.stagePeople.read(stageRoot, this.roster.selfId) : undefined;

    let presenters: Presenter[] = [];
    let presenter: Pick<Coverage, 'presenter' | 'presenterReason'> = {
      presenter: 'unreadable',
      presenterReason: 'not-in-call',
    };
    if (inCall) {
      presenters = stageRoot ? this.stage.read(stageRoot, this.roster.selfId) : [];
      presenter = stageRoot
        ? { presenter: 'readable', presenterReason: null }
        : { presenter: 'unreadable', presenterReason: 'selector-missing' };
    }

    return {
      meeting,
      state,
      self: { id: this.roster.selfId, name: selfName, host: this.roster.selfHost },
      participants: roster?.participants ?? [],
      participantCount,
      ...(stage ? { stage } : {}),
      waiting: roster?.waiting ?? [],
      presenters,
      chat: chatRoot ? this.chat.read(chatRoot, selfName, this.roster.selfId) : [],
      coverage: {
        ...rosterCov,
        ...(stage && rosterCov.roster === 'hidden' ? { stage: { read: stage.length, of: participantCount } } : {}),
        ...chatCoverage(inCall, chatRoot !== null, rosterRoot !== null),
        ...presenter,
      },
    };
  }
}

export function createTeamsAdapter(doc: Document, win: Window): PlatformAdapter {
  return new TeamsAdapter(doc, win);
}
