import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../common/model';
import { createChatGuard, FLOOD_COUNT, GROOMING_WINDOW_MS } from './guard';

let seq = 0;
function msg(text: string, sender = 'p1', name = 'Khách 1'): ChatMessage {
  seq++;
  return { id: `m${seq}`, senderId: sender, senderName: name, self: false, text, time: null, privateTo: null };
}
const escalated = (fs: { ruleId: string }[]) => fs.some((f) => f.ruleId === 'chat.grooming.escalated');

describe('createChatGuard: findings', () => {
  it('carries the message, the sender and the exact words', () => {
    const g = createChatGuard();
    const m = msg('ê mày ngu vãi', 'u7', 'Trần B');
    const [f] = g.classifyMessage(m, 1000).filter((x) => x.category === 'insult');
    expect(f).toMatchObject({
      category: 'insult',
      tier: 'alert',
      subject: { messageId: m.id, participantId: 'u7', name: 'Trần B' },
      evidence: { text: 'ngu vãi' },
    });
    expect(f!.evidence.detail).toContain('mày');
  });
});

describe('hostile messages', () => {
  it('caps the quoted evidence and says so', () => {
    const g = createChatGuard();
    const text = 'spam '.repeat(20_000);
    const [f] = g.classifyMessage(msg(text), 0);
    expect(f!.evidence.text!.length).toBe(500);
    expect(f!.evidence.detail).toContain('500 of 100000');
  });
});

describe('grooming cues accumulate per sender', () => {
  it('two families from one sender across messages escalate to an alert', () => {
    const g = createChatGuard();
    const first = g.classifyMessage(msg('em năm nay bao nhiêu tuổi rồi', 'stranger'), 0);
    expect(first.map((f) => [f.category, f.tier])).toEqual([['grooming', 'review']]);
    expect(escalated(first)).toBe(false);
    const second = g.classifyMessage(msg('kết bạn zalo với anh nhé', 'stranger'), 60_000);
    const esc = second.find((f) => f.ruleId === 'chat.grooming.escalated');
    expect(esc).toMatchObject({ tier: 'alert', severity: 3, subject: { participantId: 'stranger' } });
    expect(esc!.evidence.detail).toContain('probing');
    expect(esc!.evidence.detail).toContain('contact');
  });
  it('one family from each of two senders does not escalate', () => {
    const g = createChatGuard();
    g.classifyMessage(msg('em năm nay bao nhiêu tuổi rồi', 'a'), 0);
    const other = g.classifyMessage(msg('kết bạn zalo với anh nhé', 'b'), 1000);
    expect(escalated(other)).toBe(false);
  });
  it('the same family twice does not escalate', () => {
    const g = createChatGuard();
    g.classifyMessage(msg('em bao nhiêu tuổi', 'a'), 0);
    expect(escalated(g.classifyMessage(msg('em mấy tuổi rồi', 'a'), 1000))).toBe(false);
  });
  it('cues older than the window are forgotten', () => {
    const g = createChatGuard();
    g.classifyMessage(msg('em bao nhiêu tuổi', 'a'), 0);
    expect(escalated(g.classifyMessage(msg('kết bạn zalo với anh nhé', 'a'), GROOMING_WINDOW_MS + 1))).toBe(false);
  });
});

describe('flood', () => {
  it('flags a burst of messages from one sender once', () => {
    const g = createChatGuard();
    const found = [];
    for (let i = 0; i < FLOOD_COUNT + 3; i++) found.push(...g.classifyMessage(msg(`tin ${i}`, 'f'), i * 500));
    expect(found.filter((f) => f.ruleId === 'chat.spam.flood')).toHaveLength(1);
  });
  it('does not flag the same number of messages spread over a minute', () => {
    const g = createChatGuard();
    const found = [];
    for (let i = 0; i < FLOOD_COUNT + 3; i++) found.push(...g.classifyMessage(msg(`tin ${i}`, 'f'), i * 5000));
    expect(found.filter((f) => f.category === 'spam')).toEqual([]);
  });
  it('flags the same text repeated by one sender, and the same text pasted by three senders', () => {
    const g = createChatGuard();
    const rep = [0, 1, 2].flatMap((i) => g.classifyMessage(msg('HELLO mọi người!!', 'r'), i * 15_000));
    expect(rep.filter((f) => f.ruleId === 'chat.spam.repeat')).toHaveLength(1);
    const raid = ['x', 'y', 'z'].flatMap((s, i) =>
      g.classifyMessage(msg('vào nhóm này chơi đi các bạn', s), 100_000 + i),
    );
    expect(raid.filter((f) => f.ruleId === 'chat.spam.raid')).toHaveLength(1);
  });
});

describe('feedback and names', () => {
  it('"not harmful" feedback stops the same words being flagged again', () => {
    const g = createChatGuard();
    expect(g.classifyMessage(msg('đồ chó'), 0)).not.toEqual([]);
    g.markNotHarmful('đồ chó');
    expect(g.classifyMessage(msg('đồ chó', 'p2'), 100_000)).toEqual([]);
  });
  it('teacher blocked words reach findings', () => {
    const g = createChatGuard({ blockedWords: ['bánh bao'] });
    expect(g.classifyMessage(msg('ăn bánh bao không'), 0).map((f) => f.category)).toEqual(['blocked-word']);
  });
  it('offensive display names are offensive-name; links in names are suspicious-name', () => {
    const g = createChatGuard();
    expect(g.classifyName('Địt Mẹ Mày').map((f) => [f.category, f.tier])).toEqual([['offensive-name', 'alert']]);
    expect(g.classifyName('join discord.gg/abc').map((f) => f.category)).toEqual(['suspicious-name']);
    expect(g.classifyName('Nguyễn Văn Nam')).toEqual([]);
  });
});
