/**
 * The People panel (docs/adapters/meet.md#people-panel, #waiting-to-join): the roster, self and
 * host, the waiting rows, and which people present. Parsed again only after a mutation inside it,
 * so speaking indicators elsewhere cost nothing; a row's parse is reused while its text and label
 * are unchanged.
 */
import type { Participant, Role, Snapshot } from '../../shared/model';
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
  /**
   * The row's textContent and aria-label when parsed: while both are unchanged, the parse is reused.
   * Kept as the two strings the DOM handed over rather than joined into a new one, so a big panel
   * adds no copies of its text to the page's heap.
   */
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
  /** Participant ids that have a second (presentation) row. */
  presenting: Set<string>;
  /** Rows for badges: the person's row (never the presentation row) and the waiting rows. */
  rows: Map<string, Element>;
  waitingRows: Map<string, Element>;
}

export class MeetPeople {
  /** Self is only marked in the People panel; remembered so chat and presenters know it with the panel closed. */
  self: Snapshot['self'] = { id: null, name: null, host: null };
  /** Names of the others at the last read: someone named "You" must not pass for self in chat. */
  otherNames: ReadonlySet<string> = new Set();
  /** Rows exist but the row selector no longer matches them (a UI rotation). */
  unrecognized = false;
  private panel: WatchedSubtree<PeoplePanel> | null = null;
  private readonly rowCache = new WeakMap<Element, RowInfo>();

  constructor(private readonly doc: Document) {}

  dispose(): void {
    this.panel?.disconnect();
    this.panel = null;
  }

  /** The panel as last parsed, without looking at the page. */
  last(): PeoplePanel | undefined {
    return this.panel?.last();
  }

  read(): PeoplePanel | null {
    return this.findPanel()?.read((root) => this.parse(root)) ?? null;
  }

  /** The People panel's aside, while it shows rows (rows exist only while the panel is open). */
  private findPanel(): WatchedSubtree<PeoplePanel> | null {
    const current = this.panel;
    if (current?.root.isConnected && current.root.querySelector(SEL.participantRow)) return current;
    current?.disconnect();
    this.panel = null;
    // Any People-panel row proves the panel is open: if none is a row we know, the row selector rotated.
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
      // The row's aria-label is the bare name; used when the name span's class has rotated.
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
      // A presenter's second row reuses the id (docs/adapters/meet.md#screen-share). Only a duplicated
      // id makes a row a presentation: a stranger typing "X (Presentation)" as a name stays a person.
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

  /** The rows of people in the call, by participant id (a presenter has two). */
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

  /** Waiting to join: the panel's other rows (a separate list without the row controller). */
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
