import type { Presenter, Snapshot } from '../../common/model';
import type { Pass } from './pass';

interface ActiveShare {
  presenter: Presenter;
  /** null when the share was already running the first time presenters could be read. */
  since: number | null;
  gen: number;
}

export interface ShareState {
  active: ActiveShare[];
  /** If the previous update could tell who presents, a share seen now started now. */
  wereReadable: boolean;
}

export function createShares(): ShareState {
  return { active: [], wereReadable: false };
}

export function updateShares(s: ShareState, snap: Snapshot, pass: Pass): void {
  const readable = snap.coverage.presenter === 'readable' || snap.coverage.presenterReason === 'no-share';
  for (const pr of snap.presenters) {
    const share = findShare(s.active, pr, pass.gen);
    if (share) {
      share.gen = pass.gen;
      completePresenter(share, pr);
      continue;
    }
    const started: ActiveShare = { presenter: { ...pr }, since: s.wereReadable ? pass.now : null, gen: pass.gen };
    s.active.push(started);
    pass.out.push({ kind: 'share.started', presenter: started.presenter });
  }
  // Only a readable stage tells that a share not seen is over.
  if (readable && s.active.length > 0) {
    const still: ActiveShare[] = [];
    for (const share of s.active) {
      if (share.gen === pass.gen) still.push(share);
      else
        pass.out.push({
          kind: 'share.stopped',
          presenter: share.presenter,
          durationMs: share.since === null ? null : pass.now - share.since,
        });
    }
    s.active = still;
  }
  s.wereReadable = readable;
}

/** The client may name the presenter a frame later, or tie the share to an id later. */
function completePresenter(share: ActiveShare, pr: Presenter): void {
  if (share.presenter.participantId !== null && share.presenter.name !== null) return;
  share.presenter = {
    participantId: share.presenter.participantId ?? pr.participantId,
    name: share.presenter.name ?? pr.name,
    self: share.presenter.self || pr.self,
  };
}

function findShare(active: ActiveShare[], pr: Presenter, gen: number): ActiveShare | undefined {
  const open = active.filter((s) => s.gen !== gen);
  if (pr.participantId !== null) {
    const byId = open.find((s) => s.presenter.participantId === pr.participantId);
    if (byId) return byId;
  }
  if (pr.name !== null) {
    return open.find(
      (s) => s.presenter.name === pr.name && (s.presenter.participantId === null || pr.participantId === null),
    );
  }
  return open.find(
    (s) => s.presenter.name === null && s.presenter.participantId === null && s.presenter.self === pr.self,
  );
}
