/**
 * The one cap on attacker-written text read from a meeting page (names, chat, titles): at most
 * `max` UTF-16 units, never half of a surrogate pair, and a cut text ends in "…" so the cut stays
 * visible in the log and the report (docs/architecture.md, invariant 2).
 */
export function capText(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}
