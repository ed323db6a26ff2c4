/**
 * A roster from a file a school system exported: CSV (or TSV) and Excel .xlsx. The names are under a
 * "Họ và tên" column (or family and given name columns); title rows above that header are skipped,
 * as school systems put the school and class names there. An .xlsx is a zip of XML parts: fflate
 * opens it and the browser's DOMParser reads the sheets (no cell is ever treated as markup).
 */
import { unzipSync } from 'fflate';
import { isNameHeader, rosterFromRows, splitTable, type ParsedRoster } from '../../common/names/roster-text';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** What the zip's parts may unpack to, all together: a school roster is far smaller. */
const MAX_UNZIPPED = 40 * 1024 * 1024;
/** Title rows a school system puts above the header. */
const HEADER_SEARCH_ROWS = 30;
const MAX_ROWS = 5_000;
const MAX_COLUMNS = 64;

export type RosterFileError = 'too-large' | 'type' | 'xls' | 'no-column' | 'empty' | 'unreadable';

export type RosterFileResult =
  { ok: true; roster: ParsedRoster; sheet: string | null } | { ok: false; error: RosterFileError };

type Table = string[][];

export function kindOf(name: string): 'csv' | 'xlsx' | 'xls' | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'xls' || ext === 'ods') return 'xls';
  return null;
}

/** The roster under the first header row found among the table's first rows; null without one. */
export function rosterOfTable(table: Table): ParsedRoster | null {
  const at = table.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => isNameHeader(row));
  if (at < 0) return null;
  return rosterFromRows(table.slice(at));
}

export async function readRosterFile(file: File): Promise<RosterFileResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: 'too-large' };
  const kind = kindOf(file.name);
  if (kind === null) return { ok: false, error: 'type' };
  if (kind === 'xls') return { ok: false, error: 'xls' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let tables: { sheet: string | null; table: Table }[];
  try {
    tables = kind === 'csv' ? [{ sheet: null, table: splitTable(decodeText(bytes)) }] : xlsxTables(bytes);
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  if (tables.every((t) => t.table.every((row) => row.every((c) => c.trim() === ''))))
    return { ok: false, error: 'empty' };
  for (const { sheet, table } of tables) {
    const roster = rosterOfTable(table);
    if (roster && roster.entries.length > 0) return { ok: true, roster, sheet };
    if (roster) return { ok: false, error: 'empty' };
  }
  return { ok: false, error: 'no-column' };
}

/** UTF-8 (with or without its mark), else the Vietnamese Windows code page older exports use. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

function xml(bytes: Uint8Array | undefined): Document | null {
  if (!bytes) return null;
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? null : doc;
}

/** Elements by local name, whatever prefix the writer gave the spreadsheet namespace. */
const all = (node: Document | Element, name: string): Element[] => [...node.getElementsByTagNameNS('*', name)];

/** Every sheet's cells, in the workbook's order. */
function xlsxTables(bytes: Uint8Array): { sheet: string; table: Table }[] {
  let total = 0;
  const unzipped = unzipSync(bytes, {
    filter: (f) => {
      if (!/^xl\/(workbook\.xml|sharedStrings\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/.test(f.name))
        return false;
      total += f.originalSize;
      if (total > MAX_UNZIPPED) throw new Error('too large unzipped');
      return true;
    },
  });
  // The zip's own entry names are its keys: a Map, so none can be "__proto__".
  const parts = new Map(Object.entries(unzipped));
  const part = (name: string) => parts.get(name);
  const workbook = xml(part('xl/workbook.xml'));
  if (!workbook) throw new Error('no workbook');
  const targets = new Map<string, string>();
  for (const rel of all(xml(part('xl/_rels/workbook.xml.rels')) ?? workbook, 'Relationship'))
    targets.set(rel.getAttribute('Id') ?? '', rel.getAttribute('Target') ?? '');
  const shared = sharedStrings(xml(part('xl/sharedStrings.xml')));
  const out: { sheet: string; table: Table }[] = [];
  for (const sheet of all(workbook, 'sheet')) {
    const rid = [...sheet.attributes].find((a) => a.localName === 'id')?.value ?? '';
    const target = (targets.get(rid) ?? '').replace(/^\/?(xl\/)?/, '');
    const doc = xml(part(`xl/${target}`));
    if (doc) out.push({ sheet: sheet.getAttribute('name') ?? '', table: sheetTable(doc, shared) });
  }
  return out;
}

/** The text of a string item: its runs' text, without the phonetic guides. */
function itemText(si: Element): string {
  return all(si, 't')
    .filter((t) => t.parentElement?.localName !== 'rPh')
    .map((t) => t.textContent ?? '')
    .join('');
}

function sharedStrings(doc: Document | null): string[] {
  return doc ? all(doc, 'si').map(itemText) : [];
}

/** "C12" → 2. */
function columnOf(ref: string | null, fallback: number): number {
  const letters = /^[A-Z]+/i.exec(ref ?? '')?.[0];
  if (!letters) return fallback;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function sheetTable(doc: Document, shared: readonly string[]): Table {
  const table: Table = [];
  for (const row of all(doc, 'row').slice(0, MAX_ROWS)) {
    const cells: string[] = [];
    all(row, 'c').forEach((c, i) => {
      const col = columnOf(c.getAttribute('r'), i);
      if (col >= MAX_COLUMNS) return;
      while (cells.length < col) cells.push('');
      cells[col] = cellText(c, shared);
    });
    table.push(cells);
  }
  return table;
}

function cellText(c: Element, shared: readonly string[]): string {
  const type = c.getAttribute('t');
  if (type === 'inlineStr') {
    const is = all(c, 'is')[0];
    return is ? itemText(is) : '';
  }
  const v = all(c, 'v')[0]?.textContent ?? '';
  if (type === 's') return shared[Number(v)] ?? '';
  return v;
}
