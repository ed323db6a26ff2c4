/** docs/adapters/zoom.md#screen-share: the player's node-id is the sharer's user id. */
import type { Presenter } from '../../common/model';
import { findOptional } from '../kit/query';
import { NAME_MAX, capText } from '../kit/text';
import { readName } from './read-text';
import type { RosterRead } from './roster';
import { css } from './selectors';
import { presenterFromBanner } from './text';

const Q = {
  shareContainer: css('shareContainer'),
  sharePlayer: css('sharePlayer'),
  shareBanner: css('shareBanner'),
  cameraTile: css('cameraTile'),
  tileName: css('tileName'),
};

export function readPresenters(
  doc: Document,
  roster: RosterRead,
  nameByUserId: ReadonlyMap<string, string>,
): { presenters: Presenter[]; readable: boolean } {
  const share = findOptional(doc, Q.shareContainer);
  const player = share?.querySelector(Q.sharePlayer);
  if (!player) return { presenters: [], readable: true };
  const userId = player.getAttribute('node-id') ?? '';
  const banner = share?.querySelector(Q.shareBanner);
  const name =
    tileNameFor(doc, userId) ??
    nameByUserId.get(userId) ??
    (banner ? presenterFromBanner(readName(banner, 512)) : null);
  const named = name === null ? null : capText(name, NAME_MAX);
  const inRoster = named === null ? undefined : roster.participants.find((p) => p.name === named);
  // Own shares never show here.
  const presenter: Presenter = {
    participantId: inRoster?.id ?? (named === null ? null : `name:${named}`),
    name: named,
    self: false,
  };
  return { presenters: [presenter], readable: named !== null };
}

function tileNameFor(doc: Document, userId: string): string | null {
  const left = doc.getElementById('wc-container-left') ?? doc;
  for (const p of left.querySelectorAll(`video-player[media-type="video"][node-id="${CSS.escape(userId)}"]`)) {
    let frame: Element | null = p.closest(Q.cameraTile);
    // Stop at a level holding several tiles, where a footer could be someone else's.
    for (let up = 0; frame && up < 3; up++, frame = frame.parentElement) {
      if (up > 0 && frame.querySelectorAll(Q.cameraTile).length > 1) break;
      const n = frame.querySelector(Q.tileName);
      if (n) return readName(n) || null;
    }
  }
  return null;
}
