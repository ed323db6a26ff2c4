import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTICIPANT_RULES } from './rules';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../../docs/detectors.md'), 'utf8');

describe('docs/detectors.md', () => {
  const rows = new Map(
    [...doc.matchAll(/^\| `([a-z.-]+)` \| ([a-z-]+) \| ([^|]+) \| (alert|review) \|/gm)].map((m) => [
      m[1],
      { category: m[2], severity: m[3]?.trim(), tier: m[4] },
    ]),
  );

  it('documents every rule with its category, severity and tier', () => {
    for (const [id, info] of Object.entries(PARTICIPANT_RULES)) {
      const row = rows.get(id);
      expect(row, id).toBeDefined();
      expect(row?.category, id).toBe(info.category);
      expect(row?.tier, id).toBe(info.tier);
      expect(row?.severity?.startsWith('≥') || row?.severity === String(info.severity), id).toBe(true);
    }
  });

  it('documents no rule that does not exist', () => {
    for (const id of rows.keys()) expect(Object.keys(PARTICIPANT_RULES), id).toContain(id);
  });
});
