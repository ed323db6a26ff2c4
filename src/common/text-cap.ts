/** Never splits a surrogate pair; the "…" keeps the cut visible (docs/architecture.md, invariant 2). */
export function capText(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}
