import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CSV_FORMULA_STARTS,
  HUGE_RUNS,
  HUGE_TIMEOUT_MS,
  RUNS,
  hostileText,
  hugeText,
  jsWord,
  withinBudget,
} from '../../../test/support/hostile-arbitraries';
import type { StoredEvent } from '../../common/protocol';
import { summarize, toCsv } from './format';

/** Bidi, zero-width and invisible characters, C0/C1 controls but tab and line breaks: never shown unmarked. */
const HIDDEN =
  /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u034F\u{E0000}-\u{E007F}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const text = fc.oneof(hostileText, jsWord);

/** Payloads as the worker stores them (validated shapes), with attacker text in every field a page can set. */
const payloads = fc.oneof(
  fc.record({
    type: fc.constantFrom(
      'participant.joined',
      'participant.left',
      'participant.role',
      'waiting.joined',
      'waiting.admitted',
      'waiting.left',
    ),
    payload: fc.record({ participant: fc.record({ id: text, name: text }) }),
  }),
  fc.record({
    type: fc.constant('participant.renamed'),
    payload: fc.record({ from: text, participant: fc.record({ id: text, name: text }) }),
  }),
  fc.record({
    type: fc.constantFrom('share.started', 'share.stopped'),
    payload: fc.record({ presenter: fc.record({ name: text }) }),
  }),
  fc.record({
    type: fc.constant('chat.message'),
    payload: fc.record({
      message: fc.record({
        id: text,
        senderId: fc.option(text),
        senderName: text,
        self: fc.boolean(),
        text,
        time: fc.option(text),
        privateTo: fc.option(text),
      }),
    }),
  }),
  fc.record({
    type: fc.constant('finding'),
    payload: fc.record({
      finding: fc.record({
        ruleId: fc.constant('chat.profanity.lexicon'),
        category: fc.constant('profanity'),
        severity: fc.constant(2),
        tier: fc.constant('alert'),
        subject: fc.record({ name: text }, { requiredKeys: [] }),
        evidence: fc.record({ text, detail: text }, { requiredKeys: [] }),
      }),
    }),
  }),
  fc.record({
    type: fc.constant('teacher.action'),
    payload: fc.record({ action: fc.constant('not-harmful'), words: text }),
  }),
  fc.record({
    type: fc.constant('detector.failed'),
    payload: fc.record({ detector: fc.constant('chat.classify'), observationId: fc.constant('o1'), error: text }),
  }),
  fc.record({
    type: fc.constant('event.quarantined'),
    payload: fc.record({ originalType: fc.constant('chat.message'), reason: fc.constant('invalid'), raw: text }),
  }),
  fc.record({ type: fc.constant('content.attached'), payload: fc.dictionary(text, text, { maxKeys: 3 }) }),
);

const events = fc.array(payloads, { maxLength: 6 }).map((ps) =>
  ps.map((p, seq): StoredEvent => ({
    id: `e${seq}`,
    sessionId: 's',
    seq,
    type: p.type as StoredEvent['type'],
    time: '2024-01-01T08:00:00+07:00',
    payload: p.payload as Record<string, unknown>,
    prevHash: '0'.repeat(64),
    hash: 'a'.repeat(64),
  })),
);

/** A small RFC 4180 reader: rows of quoted cells separated by "," and CRLF. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  const cell = /"((?:[^"]|"")*)"(,|\r\n)/gy;
  let row: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = cell.exec(csv))) {
    row.push(m[1]!.replace(/""/g, '"'));
    if (m[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

const unformula = (s: string) => (CSV_FORMULA_STARTS.includes(s.charAt(0)) ? `'${s}` : s);

describe('summarize (property)', () => {
  it('never throws and shows no hidden character unmarked', () => {
    fc.assert(
      fc.property(events, (es) => {
        for (const e of es) expect(summarize(e)).not.toMatch(HIDDEN);
      }),
      RUNS,
    );
  });

  it(
    'returns on a 100 KB chat message (hang guard)',
    () => {
      fc.assert(
        fc.property(hugeText, (big) => {
          const e: StoredEvent = {
            id: 'e',
            sessionId: 's',
            seq: 0,
            type: 'chat.message',
            time: 't',
            payload: { message: { senderName: big, text: big, privateTo: big } },
            prevHash: '',
            hash: '',
          };
          expect(withinBudget(() => summarize(e))).not.toMatch(HIDDEN);
        }),
        HUGE_RUNS,
      );
    },
    HUGE_TIMEOUT_MS,
  );
});

describe('toCsv (property)', () => {
  it('writes one row of seven cells per event that read back to the event, formulas defused', () => {
    fc.assert(
      fc.property(events, (es) => {
        const csv = toCsv(es);
        expect(csv.startsWith('\ufeff')).toBe(true);
        const rows = readCsv(csv.slice(1));
        // Every character was consumed by the reader: nothing outside quoted cells.
        expect(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n').toBe(
          csv.slice(1),
        );
        expect(rows).toHaveLength(es.length + 1);
        expect(rows[0]).toEqual(['seq', 'time', 'type', 'details', 'id', 'hash', 'incident']);
        const findingIds = es.filter((x) => x.type === 'finding' && x.payload['finding']).map((x) => unformula(x.id));
        es.forEach((e, i) => {
          expect(rows[i + 1]!.slice(0, 6)).toEqual(
            [e.seq, e.time, e.type, summarize(e), e.id, e.hash].map((v) => unformula(String(v))),
          );
          // A finding names its incident, the id of a finding of the log; any other event none.
          const incident = rows[i + 1]![6]!;
          if (findingIds.includes(unformula(e.id)) && e.type === 'finding') expect(findingIds).toContain(incident);
          else expect(incident).toBe('');
          for (const c of rows[i + 1]!) expect(CSV_FORMULA_STARTS).not.toContain(c.charAt(0));
        });
      }),
      RUNS,
    );
  });
});
