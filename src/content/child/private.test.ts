import { describe, expect, it } from 'vitest';
import { classSchema, type ClassConfig } from '../../common/classes';
import type { ChatMessage, Participant } from '../../common/model';
import { createPrivateWatch } from './private';

const CLASS: ClassConfig = classSchema.parse({
  id: '7a',
  name: 'Lớp 7A',
  teachers: ['Nguyễn Thị Lan'],
  roster: [{ name: 'Trần Minh Anh' }, { name: 'Lê Hoàng Bảo', aliases: ['Bảo Lê'] }],
});

let seq = 0;
const msg = (senderName: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id: `m${++seq}`,
  senderId: null,
  senderName,
  self: false,
  text: 'hi, how old are you?',
  time: null,
  privateTo: 'Me',
  ...extra,
});
const person = (name: string, role: Participant['role'], id = `name:${name}`): Participant => ({
  id,
  idStable: false,
  name,
  role,
  self: false,
});

describe('a private message to the child', () => {
  it('from someone not in the class: a review-tier finding, whatever the words, once per sender', () => {
    const w = createPrivateWatch(() => CLASS);
    const first = w.check(msg('Tuấn Anh', { senderId: '16800000' }));
    expect(first).toMatchObject({
      ruleId: 'child.private',
      category: 'unknown-participant',
      tier: 'review',
      subject: { name: 'Tuấn Anh' },
      evidence: { text: 'hi, how old are you?' },
    });
    expect(w.check(msg('Tuấn Anh', { senderId: '16800000', text: 'are you there?' }))).toBeNull();
    // Another stranger is advised on in turn.
    expect(w.check(msg('Hùng', { senderId: '16801024' }))?.subject.name).toBe('Hùng');
    // Without an id the name tells the sender: spelt with other spacing or case, the same person.
    expect(w.check(msg('Khách Lạ'))).not.toBeNull();
    expect(w.check(msg('khách  lạ'))).toBeNull();
  });

  it('from a classmate or the teacher on the class list (aliases, word order, no diacritics): nothing', () => {
    const w = createPrivateWatch(() => CLASS);
    expect(w.check(msg('Trần Minh Anh'))).toBeNull();
    expect(w.check(msg('Bảo Lê'))).toBeNull();
    expect(w.check(msg('Minh Anh Trần'))).toBeNull();
    expect(w.check(msg('Nguyen Thi Lan'))).toBeNull();
  });

  it("a look-alike of a classmate's name is not the classmate", () => {
    const w = createPrivateWatch(() => CLASS);
    expect(w.check(msg('Trần Minh Anhh'))).not.toBeNull();
    expect(w.check(msg('Trаn Minh Anh'))).not.toBeNull(); // Cyrillic а
  });

  it('from the host or a co-host the client showed, even with no class known: nothing', () => {
    const w = createPrivateWatch(() => null);
    w.note({ kind: 'participant.joined', participant: person('Cô Hoa', 'host') });
    w.note({ kind: 'participant.role', participant: person('Thầy Nam', 'cohost'), from: 'participant' });
    expect(w.check(msg('Cô Hoa'))).toBeNull();
    expect(w.check(msg('Thầy Nam'))).toBeNull();
    // With no class, anyone else is someone the child may not know.
    expect(w.check(msg('Trần Minh Anh'))).not.toBeNull();
  });

  it('a co-host demoted is no longer staff', () => {
    const w = createPrivateWatch(() => null);
    w.note({ kind: 'participant.joined', participant: person('Thầy Nam', 'cohost', 'p9') });
    w.note({ kind: 'participant.role', participant: person('Thầy Nam', 'participant', 'p9'), from: 'cohost' });
    expect(w.check(msg('Thầy Nam', { senderId: 'p9' }))).not.toBeNull();
  });

  it("not for a message to everyone, nor the child's own private message", () => {
    const w = createPrivateWatch(() => CLASS);
    expect(w.check(msg('Tuấn Anh', { privateTo: null }))).toBeNull();
    expect(w.check(msg('Trần Minh Anh', { self: true, privateTo: 'Tuấn Anh' }))).toBeNull();
    // Neither uses up the sender's one advice.
    expect(w.check(msg('Tuấn Anh'))).not.toBeNull();
  });

  it('the class is read when a message comes: known only once the session opened', () => {
    let cls: ClassConfig | null = null;
    const w = createPrivateWatch(() => cls);
    cls = CLASS;
    expect(w.check(msg('Trần Minh Anh'))).toBeNull();
  });

  it('a name from the page is only ever data ("__proto__", "constructor")', () => {
    const w = createPrivateWatch(() => CLASS);
    expect(w.check(msg('__proto__'))).not.toBeNull();
    expect(w.check(msg('constructor'))).not.toBeNull();
    expect(w.check(msg('__proto__'))).toBeNull();
  });
});
