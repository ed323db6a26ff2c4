/** One name a line, or CSV/TSV as a school system or a spreadsheet exports it. */
import { capLength, fold, stripInvisible } from './unicode';

export interface ParsedRoster {
  entries: { name: string; aliases: string[] }[];
  format: 'lines' | 'csv';
  /** Non-empty rows that yielded no name. */
  skipped: number;
}

const MAX_ROWS = 5000;
const MAX_NAME = 128;
/** Anything longer is cut, not parsed slowly. */
const MAX_INPUT = 1_000_000;
const MAX_COLUMNS = 64;

const FULL_NAME = new Set([
  'ho va ten',
  'ho ten',
  'hoten',
  'ho va ten hoc sinh',
  'ten hoc sinh',
  'ho ten hoc sinh',
  'name',
  'full name',
  'fullname',
  'student name',
  'student',
  'display name',
  'hoc sinh',
  'ten day du',
]);
const FAMILY = new Set([
  'ho',
  'ho dem',
  'ho va dem',
  'ho va ten dem',
  'last name',
  'lastname',
  'surname',
  'family name',
]);
const GIVEN = new Set(['ten', 'first name', 'firstname', 'given name']);
const ALIASES = new Set([
  'alias',
  'aliases',
  'nickname',
  'nicknames',
  'biet danh',
  'ten goi khac',
  'ten khac',
  'ten zoom',
  'ten hien thi',
]);
/** Western headers put the given name first when joining two columns. */
const WESTERN_FAMILY = new Set(['last name', 'lastname', 'surname', 'family name']);

/** Quoted cells may hold the delimiter, doubled quotes and newlines. */
function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      if (rows.length >= MAX_ROWS) return rows;
      row = [];
      cell = '';
    } else cell += ch;
  }
  row.push(cell);
  rows.push(row);
  return rows;
}

function cleanName(s: string): string {
  return capLength(stripInvisible(s).text.normalize('NFC'), MAX_NAME);
}

const splitAliases = (cell: string): string[] =>
  cell
    .split(/[;|/]/)
    .map(cleanName)
    .filter((a) => /\p{L}/u.test(a));

function detectDelimiter(firstLine: string): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    const count = firstLine.replace(/"[^"]*"/g, '').split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** A column where most cells hold letters and few digits looks like the names. */
function guessNameColumn(rows: readonly (readonly string[])[]): number {
  const sample = rows.slice(0, 50);
  const width = Math.min(MAX_COLUMNS, Math.max(0, ...sample.map((r) => r.length)));
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < width; c++) {
    let score = 0;
    for (const r of sample) {
      const cell = (r[c] ?? '').trim();
      if (/\p{L}/u.test(cell)) score += 1 + Math.min(cell.split(/\s+/).length, 4) * 0.25;
      if (/\d/.test(cell)) score -= 1;
    }
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

export function parseRosterText(input: string): ParsedRoster {
  const text = input
    .slice(0, MAX_INPUT)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  const firstLine = text.split('\n', 1)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);
  let skipped = 0;

  if (delimiter === null) {
    const entries: ParsedRoster['entries'] = [];
    const lines = text.split('\n').slice(0, MAX_ROWS);
    // A one-column sheet may still open with its header ("Họ và tên").
    if (FULL_NAME.has(fold(lines[0] ?? ''))) lines.shift();
    for (const line of lines) {
      // List numbering and bullets are not part of the name.
      const name = cleanName(line.replace(/^\s*(?:[-*•]\s+|\d{1,4}\s*[.)]\s+)/u, ''));
      if (name === '') continue;
      if (!/\p{L}/u.test(name)) skipped++;
      else entries.push({ name, aliases: [] });
    }
    return { entries, format: 'lines', skipped };
  }

  return rosterFromRows(parseDelimited(text, delimiter), skipped);
}

/** Whether a row is a roster's header: a full-name column, or family and given names. */
export function isNameHeader(row: readonly string[]): boolean {
  const header = row.slice(0, MAX_COLUMNS).map((c) => fold(c.slice(0, MAX_NAME)));
  return (
    header.some((h) => FULL_NAME.has(h)) || (header.some((h) => FAMILY.has(h)) && header.some((h) => GIVEN.has(h)))
  );
}

/** A table's rows (a sheet's cells, a CSV's), header first if it has one. */
export function rosterFromRows(table: readonly (readonly string[])[], skippedBefore = 0): ParsedRoster {
  let skipped = skippedBefore;
  const rows = table.slice(0, MAX_ROWS).filter((r) => r.some((c) => c.trim() !== ''));
  const header = (rows[0] ?? []).slice(0, MAX_COLUMNS).map((c) => fold(c.slice(0, MAX_NAME)));
  const find = (set: Set<string>): number => header.findIndex((h) => set.has(h));
  let full = find(FULL_NAME);
  const family = find(FAMILY);
  const given = find(GIVEN);
  const aliases = find(ALIASES);
  const hasHeader = full >= 0 || (family >= 0 && given >= 0) || aliases >= 0 || header.includes('stt');
  const body = hasHeader ? rows.slice(1) : rows;
  const twoColumns = full < 0 && family >= 0 && given >= 0;
  if (full < 0 && !twoColumns) full = guessNameColumn(body);
  const westernOrder = WESTERN_FAMILY.has(header[family] ?? '');

  const entries: ParsedRoster['entries'] = [];
  for (const row of body) {
    let name: string;
    if (twoColumns) {
      const f = (row[family] ?? '').trim();
      const g = (row[given] ?? '').trim();
      name = cleanName(westernOrder ? `${g} ${f}` : `${f} ${g}`);
    } else name = cleanName(row[full] ?? '');
    if (!/\p{L}/u.test(name)) {
      skipped++;
      continue;
    }
    entries.push({ name, aliases: aliases >= 0 ? splitAliases(row[aliases] ?? '') : [] });
  }
  return { entries, format: 'csv', skipped };
}

/** A CSV/TSV file's cells; one cell a row when no delimiter shows in its first line. */
export function splitTable(input: string): string[][] {
  const text = input
    .slice(0, MAX_INPUT)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  // An export's title rows ("TRƯỜNG THCS …") may hold no delimiter: the first line that has one decides.
  const lines = text.split('\n', 30);
  const delimiter = lines.map(detectDelimiter).find((d) => d !== null) ?? null;
  if (delimiter === null)
    return text
      .split('\n')
      .slice(0, MAX_ROWS)
      .map((line) => [line]);
  return parseDelimited(text, delimiter);
}
