/** Every name and message of the hostile corpus through the printable report and the CSV timeline. */
import { describe, expect, it } from 'vitest';
import { hostileCorpus } from '../../../test/corpus/hostile/corpus';
import type { EventDraft } from '../../common/protocol';
import { visibleText } from '../../common/visible-text';
import { translator } from '../i18n';
import { buildHtmlReport, escapeHtml } from './export-html';
import { toCsv } from './format';
import { chain, sessionOf } from './sample-log';
import { NAME_SHOWN, TEXT_SHOWN } from './sentences';

const { names, messages } = hostileCorpus();

function drafts(): EventDraft[] {
  const time = '2026-11-28T14:00:00.000+07:00';
  const out: EventDraft[] = [{ id: 'start', type: 'session.started', time, payload: {} }];
  const count = Math.max(names.length, messages.length);
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length]!.text;
    const text = messages[i % messages.length]!.text;
    const participant = { id: `p${i}`, idStable: true, name, role: 'participant', self: false };
    out.push(
      { id: `j${i}`, type: 'participant.joined', time, payload: { participant } },
      {
        id: `c${i}`,
        type: 'chat.message',
        time,
        payload: {
          message: { id: `m${i}`, senderId: `p${i}`, senderName: name, self: false, text, time: null, privateTo: null },
        },
      },
      {
        id: `f${i}`,
        type: 'finding',
        time,
        payload: {
          finding: {
            ruleId: 'chat.insult',
            category: 'insult',
            severity: 2,
            tier: 'alert',
            subject: { participantId: `p${i}`, name, messageId: `m${i}` },
            evidence: { text },
          },
          observationId: `c${i}`,
        },
      },
    );
  }
  return out;
}

describe('hostile corpus in the exports', () => {
  it('reaches the printable report as marked, capped, escaped text and nothing else', async () => {
    const events = await chain('s', drafts());
    const session = sessionOf('s', events);
    for (const lang of ['vi', 'en'] as const) {
      const context = { school: names[0]!.text, className: messages[1]!.text };
      const html = buildHtmlReport({
        session,
        events,
        lang,
        t: translator(lang),
        timeZone: 'UTC',
        exportedAt: 'x',
        context,
      });
      const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()));
      expect(
        [...tags].filter(
          (t) =>
            !/^(html|head|meta|title|style|body|h[12]|p|dl|dt|dd|section|table|thead|tbody|tr|th|td|span|ul|li|strong|br|div)$/.test(
              t,
            ),
        ),
      ).toEqual([]);
      expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
      expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u0000]/);
      for (const n of names) expect(html).toContain(`“${escapeHtml(visibleText(n.text, NAME_SHOWN))}”`);
      for (const m of messages) expect(html).toContain(escapeHtml(visibleText(m.text, TEXT_SHOWN)));
    }
  });

  it('leaves no CSV cell able to start a formula', async () => {
    const csv = toCsv(await chain('s', drafts()));
    const cells = [...csv.slice(1).matchAll(/"((?:[^"]|"")*)"(?:,|\r\n)/g)].map((m) => m[1]!);
    expect(cells.length).toBe(7 * (drafts().length + 1));
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });
});
