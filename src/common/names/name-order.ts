/** A given name is whichever end is not a family or middle name: "Nguyễn Văn An", "An Nguyen". */

/** Folded. */
const FAMILY_OR_MIDDLE = new Set([
  'nguyen',
  'tran',
  'le',
  'pham',
  'hoang',
  'huynh',
  'phan',
  'vu',
  'vo',
  'dang',
  'bui',
  'do',
  'ho',
  'ngo',
  'duong',
  'ly',
  'dinh',
  'dao',
  'doan',
  'lam',
  'mai',
  'trinh',
  'truong',
  'luong',
  'luu',
  'cao',
  'ta',
  'ha',
  'kieu',
  'lai',
  'quach',
  'thai',
  'to',
  'tong',
  'chu',
  'la',
  'ung',
  'vuong',
  'nghiem',
  'mac',
  'bach',
  'tang',
  'khuc',
  'phung',
  'thach',
  'hua',
  'giang',
  'than',
  'ton',
  'trieu',
  'diep',
  'lo',
  'quan',
  'van',
  'thi',
]);

/** The folded tokens that can stand alone for this person (one or two ends of the name). */
export function givenNameTokens(tokens: readonly string[]): string[] {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return [];
  if (tokens.length === 1) return [first];
  const ends = [first, last].filter((t) => !FAMILY_OR_MIDDLE.has(t));
  return ends.length > 0 ? [...new Set(ends)] : [last];
}
