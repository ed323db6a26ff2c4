/**
 * docs/adapters/zoom.md#stage: the gallery's name footers, read while the Participants list is not
 * full. Ids are derived from names as the list derives them, so opening the list finds the same
 * person; the self tile is left out (the self has its own id).
 */
import type { Participant } from '../../common/model';
import { NAME_MAX, capText } from '../kit/text';
import { readName } from './read-text';
import { css } from './selectors';

const Q = { tileName: css('tileName') };
const NONE: readonly Participant[] = Object.freeze([]);

export class ZoomStage {
  private lastNames: string[] = [];
  private lastSelf: string | null = null;
  private last: readonly Participant[] = NONE;

  /** The same frozen array while the footers say the same. */
  read(doc: Document, selfName: string | null): readonly Participant[] {
    const left = doc.getElementById('wc-container-left');
    if (!left) return NONE;
    const names: string[] = [];
    for (const el of left.querySelectorAll(Q.tileName)) names.push(readName(el));
    if (selfName === this.lastSelf && sameList(names, this.lastNames)) return this.last;
    this.lastNames = names;
    this.lastSelf = selfName;
    const seen = new Map<string, number>();
    const out: Participant[] = [];
    for (const raw of names) {
      const name = capText(raw.trim(), NAME_MAX);
      if (name === '' || name === selfName) continue;
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      out.push({
        id: n === 1 ? `name:${name}` : `name:${name}#${n}`,
        idStable: false,
        name,
        role: 'participant',
        self: false,
      });
    }
    this.last = Object.freeze(out);
    return this.last;
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
