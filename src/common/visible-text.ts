/** Invisible and bidi characters become ⟦U+202E⟧ markers, so hostile text cannot hide or reorder itself. */
// U+034F and the tag characters U+E0000–E007F render as nothing too.
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

export function visibleText(text: string, max = 4_000): string {
  const cut = text.length > max;
  // As capText: never keep the high half of a pair.
  const last = text.charCodeAt(max - 1);
  const end = cut && last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  const shown = (cut ? text.slice(0, end) : text).replace(
    INVISIBLE,
    (ch) => `⟦U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟧`,
  );
  return cut ? `${shown}… [+${text.length - end}]` : shown;
}

/** A quoted CSV cell that a spreadsheet cannot run as a formula. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}
