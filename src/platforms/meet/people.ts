/**
 * docs/adapters/meet.md#people-panel. Parsed again only after a mutation inside it, so speaking
 * indicators elsewhere cost nothing.
 */
import type { Participant, Role, Snapshot } from '../../common/model';
import { findRequired, queryFirstVariant } from '../kit/query';
import { NAME_MAX, capText, trimmedText } from '../kit/text';
import { css, variants } from './selectors';
import { isText, stripPresentationSuffix } from './text';
import { READ_MUTATIONS, WatchedSubtree } from './watched-subtree';

const SEL = {
  participantRow: css('participantRow'),
  anyRow: css('anyRow'),
  rowName: css('rowName'),
  selfMarker: css('selfMarker'),
  roleLine: css('roleLine'),
};
const PARTICIPANT_ROW = variants('participantRow');

interface RowInfo {
  /** Kept as the DOM's two strings, not joined: a big panel adds no copies of its text to the heap. */
  text: string;
  label: string;
  id: string;
  name: string;
  role: Role;
  self: boolean;
}

export interface PeoplePanel {
  participants: readonly Participant[];
  waiting: readonly Participant[];
  presenting: Set<string>;
  /** Never a presentation row. */
  rows: Map<string, Element>;
  waitingRows: Map<string, Element>;
}

export class MeetPeople {
  /** Remembered so chat and presenters know self with the panel closed. */
  self: Snapshot['self'] = { id: null, name: null, host: null };
  /** Someone named "You" must not pass for self in chat. */
  otherNames: ReadonlySet<string> = new Set();
  /** A UI rotation. */
  unrecognized = false;
  private panel: WatchedSubtree<PeoplePanel> | null = null;
  private readonly rowCache = new WeakMap<Element, RowInfo>();

  constructor(private readonly doc: Document) {}

  dispose(): void {
    this.panel?.disconnect();
    this.panel = null;
  }

  last(): PeoplePanel | undefined {
    return this.panel?.last();
  }

  /** The side panel of the list the last read found, while it still shows rows: no search of the page. */
  panelElement(): Element | null {
    const root = this.panel?.root;
    return root?.isConnected && root.querySelector(SEL.participantRow) ? root.closest('aside') : null;
  }

  read(): PeoplePanel | null {
    return this.findPanel()?.read((root) => this.parse(root)) ?? null;
  }

  private findPanel(): WatchedSubtree<PeoplePanel> | null {
    const current = this.panel;
    if (current?.root.isConnected && current.root.querySelector(SEL.participantRow)) return current;
    current?.disconnect();
    this.panel = null;
    // Any People-panel row proves the panel is open: none we know means the row selector rotated.
    const { el: row, missing } = findRequired(this.doc, SEL.participantRow, SEL.anyRow);
    this.unrecognized = missing;
    const root = row ? (row.closest('aside') ?? row.closest('[role="list"]')?.parentElement ?? null) : null;
    if (root) this.panel = new WatchedSubtree(root, READ_MUTATIONS);
    return this.panel;
  }

  private readRow(row: Element): RowInfo {
    const label = row.getAttribute('aria-label') ?? '';
    const rowText = row.textContent ?? '';
    const cached = this.rowCache.get(row);
    if (cached && cached.text === rowText && cached.label === label) return cached;
    const nameEl = row.querySelector(SEL.rowName);
    const roleText = trimmedText(row.querySelector(SEL.roleLine), 128);
    const info: RowInfo = {
      text: rowText,
      label,
      id: row.getAttribute('data-participant-id') ?? '',
      // The aria-label is the bare name: for when the name span's class rotated.
      name: nameEl ? trimmedText(nameEl, NAME_MAX) : capText(label.trim(), NAME_MAX),
      role: isText('hostRole', roleText) ? 'host' : isText('cohostRole', roleText) ? 'cohost' : 'participant',
      self: row.querySelector(SEL.selfMarker) !== null,
    };
    this.rowCache.set(row, info);
    return info;
  }

  private parse(panel: Element): PeoplePanel {
    const { byId, personRows } = this.personRows(panel);
    const participants: Participant[] = [];
    const presenting = new Set<string>();
    const rows = new Map<string, Element>();
    for (const [id, list] of byId) {
      // Only a duplicated id makes a presentation row (docs/adapters/meet.md#screen-share): a name typed
      // "X (Presentation)" stays a person.
      let entry = list[0]!;
      if (list.length > 1) {
        presenting.add(id);
        entry = list.find((r) => !isPresentationName(r.info.name)) ?? entry;
      }
      const person = entry.info;
      rows.set(id, entry.row);
      participants.push({ id, idStable: true, name: person.name, role: person.role, self: person.self });
      if (person.self) this.self = { id, name: person.name, host: person.role === 'host' || person.role === 'cohost' };
    }
    const { waiting, waitingRows } = this.waitingRows(panel, personRows);
    this.otherNames = new Set(participants.filter((p) => !p.self).map((p) => p.name));
    // Frozen: snapshots hand these very arrays over until the panel changes.
    return {
      participants: Object.freeze(participants),
      waiting: Object.freeze(waiting),
      presenting,
      rows,
      waitingRows,
    };
  }

  private personRows(panel: Element) {
    const byId = new Map<string, { info: RowInfo; row: Element }[]>();
    const personRows = new Set<Element>();
    for (const row of queryFirstVariant(panel, PARTICIPANT_ROW)) {
      personRows.add(row);
      const info = this.readRow(row);
      if (!info.id) continue;
      const list = byId.get(info.id);
      if (list) list.push({ info, row });
      else byId.set(info.id, [{ info, row }]);
    }
    return { byId, personRows };
  }

  /** A separate list without the row controller. */
  private waitingRows(panel: Element, personRows: ReadonlySet<Element>) {
    const waiting: Participant[] = [];
    const waitingRows = new Map<string, Element>();
    for (const row of panel.querySelectorAll(SEL.anyRow)) {
      if (personRows.has(row)) continue;
      const info = this.readRow(row);
      if (!info.id) continue;
      waiting.push({ id: info.id, idStable: true, name: info.name, role: 'participant', self: false });
      waitingRows.set(info.id, row);
    }
    return { waiting, waitingRows };
  }
}

function isPresentationName(name: string): boolean {
  return isText('ownPresentation', name) || stripPresentationSuffix(name) !== name;
}
