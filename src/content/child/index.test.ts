import { describe, expect, it, vi } from 'vitest';
import type { ChatMessage, Finding, Participant, Snapshot } from '../../common/model';

const shown: string[] = [];
vi.mock('./advice-card', () => ({ showAdvice: (_doc: unknown, kind: string) => void shown.push(kind) }));
const { createChildGuard } = await import('./index');

const snap = (host: boolean | null): Snapshot => ({ self: { id: 'me', name: 'Trần Minh Anh', host } }) as Snapshot;
const message = (senderName: string): ChatMessage => ({
  id: `m-${senderName}`,
  senderId: null,
  senderName,
  self: false,
  text: 'hi, can you hear me?',
  time: null,
  privateTo: 'Me',
});
const teacher: Participant = { id: 'p1', idStable: true, name: 'Cô Hoa', role: 'host', self: false };

function guard(enabled = true) {
  shown.length = 0;
  const emitted: [Finding, string][] = [];
  const g = createChildGuard({} as Document, {
    emit: (f, id) => void emitted.push([f, id]),
    enabled: () => enabled,
    classConfig: () => null,
    lang: () => 'vi',
  });
  return { g, emitted };
}

describe("the child's guard and private messages", () => {
  it("on the pupil's screen: advice and a child.private finding linked to the message's observation", () => {
    const { g, emitted } = guard();
    g.observed({ kind: 'chat.message', message: message('Người lạ') }, snap(false), 'obs-1');
    expect(shown).toEqual(['private']);
    expect(emitted.map(([f, id]) => [f.ruleId, id])).toEqual([['child.private', 'obs-1']]);
  });

  it("on the host's screen, with the host unknown, or with child advice off: nothing", () => {
    for (const [host, enabled] of [
      [true, true],
      [null, true],
      [false, false],
    ] as const) {
      const { g, emitted } = guard(enabled);
      g.observed({ kind: 'chat.message', message: message('Người lạ') }, snap(host), 'obs-1');
      expect([shown, emitted]).toEqual([[], []]);
    }
  });

  it('the host seen before a reload is still the host after it', () => {
    const { g, emitted } = guard();
    g.replay({ kind: 'participant.joined', participant: teacher });
    g.observed({ kind: 'chat.message', message: message('Cô Hoa') }, snap(false), 'obs-2');
    expect(emitted).toEqual([]);
  });
});
