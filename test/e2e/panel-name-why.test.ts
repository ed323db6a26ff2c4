/**
 * Issue 19, item 8, in the meeting tab: the panel shows why a name is suspicious, as the popup does —
 * the look-alike letter marked and named, and the roster name it imitates — in the teacher's language.
 */
import { describe, expect, it } from 'vitest';
import { msg } from '../support/messages';
import { openMeetClass } from './class-helpers';
import { useExtension } from './extension';
import { probePanel } from './panel-helpers';

const STUDENT = 'Trần Minh Anh';
/** The student's name with a Cyrillic А. */
const IMPOSTOR = 'Trần Minh \u0410nh';

const ext = useExtension();

interface Shown {
  who: string;
  marks: { text: string; title: string }[];
  why: string[];
  imitates: string;
  buttons: string[];
}

describe.each(['vi', 'en'] as const)('the panel in %s', (lang) => {
  it('marks the look-alike letter of an impostor, names it, and names the student it imitates', async () => {
    const { meeting, run } = await openMeetClass(ext, lang, `why-nam${lang === 'vi' ? 'v' : 'e'}-abc`, {
      id: `why-${lang}`,
      teachers: ['Nguyễn Thị Lan'],
      roster: [STUDENT, 'Lê Hoàng Bảo'],
    });
    await run('join', IMPOSTOR, '701');
    const panel = await probePanel(meeting);
    const shown = await panel.until<Shown>(
      `function () {
        const name = ${JSON.stringify(IMPOSTOR)};
        const e = [...this.querySelectorAll('.entry')].find((x) => x.querySelector('.who')?.textContent === name);
        if (!e || !e.querySelector('.imitates')) return null;
        return {
          who: e.querySelector('.who').textContent,
          marks: [...e.querySelectorAll('.who mark')].map((m) => ({ text: m.textContent, title: m.title })),
          why: [...e.querySelectorAll('.why li')].map((li) => li.textContent),
          imitates: e.querySelector('.imitates bdi')?.textContent ?? '',
          buttons: [...e.querySelectorAll('.actions button')].map((b) => b.textContent),
        };
      }`,
      'the impostor explained in the panel',
      30_000,
    );
    const explained = msg(lang, 'panel_why_lookalike', '\u0410', msg(lang, 'panel_script_cyrillic'), 'U+0410', 'A');
    expect(shown.who).toBe(IMPOSTOR);
    expect(shown.marks).toEqual([{ text: '\u0410', title: explained }]);
    expect(shown.why).toEqual([explained]);
    expect(shown.imitates).toBe(STUDENT);
    // Never offered as a student the roster misses.
    expect(shown.buttons).not.toContain(msg(lang, 'panel_in_my_class'));
  });
});
