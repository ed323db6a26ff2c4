import { describe, expect, it } from 'vitest';
import { classifyText, MAX_VERDICTS } from './classify';
import type { Verdict } from './types';

const alerts = (text: string, opts?: Parameters<typeof classifyText>[1]) =>
  classifyText(text, opts).filter((v) => v.tier === 'alert');
const cats = (vs: Verdict[]) => [...new Set(vs.map((v) => v.category))].sort();
const words = (text: string, vs: Verdict[]) => vs.map((v) => text.slice(v.span[0], v.span[1]));

describe('collision traps: folded twins of everyday words stay clean', () => {
  it.each([
    'buổi học hôm nay vui quá',
    'các bạn mở sách trang 12',
    'em đi học rồi ạ',
    'du lịch Đà Lạt cuối tuần',
    'lon nước ngọt để trên bàn',
    'ngồi đít xuống ghế đi em', // đít is rude-ish, not profanity here
    'mai nhớ đeo khẩu trang nhé',
    'cho em hỏi câu 3 với ạ',
    'em buồn ngủ quá thầy ơi',
    'điện thoại em hết pin rồi',
    'cái lon này của ai vậy',
  ])('%s', (text) => {
    expect(alerts(text)).toEqual([]);
  });
});

describe('classroom short forms and idioms', () => {
  it.each([
    'bài tập vl chương 2 khó quá',
    'mai thi vl đấy',
    'VL 11 có bài kiểm tra',
    'đong 100 ml nước cất',
    'rót 5ml dung dịch',
    'dm me the link please',
    'cc: cô Lan, thầy Hùng',
    'cl là kí hiệu của clo',
    'lol that is so funny',
    'con chó nhà em tên là Mực',
    'em ngu quá không hiểu bài',
    'cười chết mất',
    'mệt muốn chết luôn',
    'đói muốn chết',
    'giết thời gian bằng cách đọc sách',
    'chết rồi em quên làm bài tập',
    'this homework is killing me',
    'I was dying of laughter',
    'lớp mình chơi trò chơi treo cổ nhé',
    'giết con boss đi rồi qua màn',
    'Chí Phèo giết Bá Kiến rồi tự sát',
    'bài này ngu quá',
  ])('%s', (text) => {
    expect(alerts(text)).toEqual([]);
  });
});

describe('explicit profanity and its obfuscations', () => {
  it.each([
    ['địt mẹ mày', 'địt mẹ mày'],
    ['dit me may', 'dit me may'],
    ['đ.ị.t m.ẹ', 'đ.ị.t m.ẹ'],
    ['v c l thật', 'v c l'],
    ['đmmmmm', 'đmmmmm'],
    ['ddijt mej', 'ddijt mej'],
    ['d9i5t', 'd9i5t'],
    ['cái l0z gì vậy', 'l0z'],
    ['đ*t', 'đ*t'],
    ['f*ck this', 'f*ck'],
    ['ｆｕｃｋ', 'ｆｕｃｋ'],
    ['đ\u200bị\u200bt', 'đ\u200bị\u200bt'],
    ['сặс', 'сặс'],
    ['sh1t', 'sh1t'],
    ['fuuuuck', 'fuuuuck'],
    ['loonf', 'loonf'],
    ['khó v l', 'v l'],
    ['đ ụ   m ẹ   m à y', 'đ ụ   m ẹ   m à y'],
    ['oh s h i t I forgot', 's h i t I'],
    ['c4c', 'c4c'],
    ['c0n m3 m4y', 'c0n m3 m4y'],
    ['f*****g boring', 'f*****g'],
  ])('%s', (text, word) => {
    const vs = alerts(text);
    expect(cats(vs)).toContain('profanity');
    expect(words(text, vs)).toContain(word);
  });
  it('does not join ordinary single letters ("câu a b")', () => {
    expect(classifyText('câu a b đều đúng')).toEqual([]);
  });
  it('keeps digits outside words as numbers ("10 điểm")', () => {
    expect(classifyText('em được 10 điểm, 3 bài đúng')).toEqual([]);
  });
});

describe('context rules for ambiguous terms', () => {
  it('counts an ambiguous insult with a second-person target and reports the target', () => {
    const [v] = alerts('mày ngu quá');
    expect(v).toMatchObject({ category: 'insult', target: 'mày' });
  });
  it('accepts "thằng + Name" and @mentions as targets', () => {
    expect(alerts('thằng Nam ngu thật')[0]?.target).toBe('Nam');
    expect(alerts('@Lan xấu quá')[0]?.target).toBe('@Lan');
  });
  it('does not count the same word about oneself', () => {
    expect(alerts('em ngu quá')).toEqual([]);
    expect(alerts('mình dốt toán lắm')).toEqual([]);
  });
  it('counts "you are so stupid" but not "stupid question"', () => {
    expect(cats(alerts('you are so stupid'))).toEqual(['insult']);
    expect(alerts('sorry if this is a stupid question')).toEqual([]);
  });
  it('reads intensifier vl / cc as profanity but vl after a subject as physics', () => {
    expect(cats(alerts('khó vl'))).toEqual(['profanity']);
    expect(cats(alerts('hay như cc'))).toEqual(['profanity']);
    expect(alerts('môn vl khó')).toEqual([]);
  });
  it('reads dm as profanity when aimed at someone, DM when English', () => {
    expect(cats(alerts('dm thằng kia'))).toEqual(['profanity']);
    expect(alerts('check your dm')).toEqual([]);
  });
  it('counts "ngu" said of someone else, not of oneself, and not ngủ typed without diacritics', () => {
    expect(alerts('ad ngu thật sự')[0]).toMatchObject({ category: 'insult', ruleId: 'chat.insult.third-party' });
    expect(alerts('mình ngu thế nhỉ, sai câu dễ')).toEqual([]);
    expect(alerts('cho em hỏi ngu, nộp bài ở đâu ạ')).toEqual([]);
    expect(alerts('em di ngu som')).toEqual([]);
    expect(classifyText('ngu quá').map((v) => v.tier)).toEqual(['review']);
  });
  it('reads "sủa" as an insult unless a pet is barking', () => {
    expect(cats(alerts('sủa ít thôi'))).toEqual(['insult']);
    expect(alerts('con chó nhà em sủa to quá')).toEqual([]);
  });
  it('flags English insults used as a vocative', () => {
    expect(cats(alerts('shut up idiot'))).toEqual(['insult']);
  });
});

describe('threats and self-harm, idioms demoted', () => {
  it.each(['tao sẽ giết mày', 'tan học ra cổng đợi tao', 'i will kill you', 'you are dead', 'mày chết chắc với tao'])(
    'threat: %s',
    (text) => {
      expect(cats(alerts(text))).toContain('threat');
    },
  );
  it.each(['em muốn tự tử', 'không muốn sống nữa', 'i want to kill myself', 'kms', 'chán sống quá'])(
    'self-harm alert: %s',
    (text) => {
      expect(cats(alerts(text))).toContain('self-harm');
    },
  );
  it('puts bare "muốn chết" in review, not alert', () => {
    const vs = classifyText('dạo này muốn chết quá');
    expect(vs.map((v) => [v.category, v.tier])).toEqual([['self-harm', 'review']]);
  });
  it('kys and "go kill yourself" are targeted abuse', () => {
    expect(cats(alerts('kys'))).toEqual(['insult']);
    expect(alerts('go kill yourself')[0]?.severity).toBe(3);
  });
});

describe('sexual, hate, grooming cues', () => {
  it('flags sexual words and hate slurs', () => {
    expect(cats(alerts('gửi ảnh nóng đi'))).toContain('sexual');
    expect(cats(alerts('bọn bắc kỳ'))).toEqual(['hate']);
  });
  it('a single grooming cue is review; two families in one message alert', () => {
    expect(classifyText('em bao nhiêu tuổi rồi').map((v) => [v.category, v.tier])).toEqual([['grooming', 'review']]);
    const two = classifyText('em bao nhiêu tuổi, đừng nói với bố mẹ nhé');
    expect(two.some((v) => v.category === 'grooming' && v.tier === 'alert' && v.severity === 3)).toBe(true);
  });
});

describe('links, invites, phone numbers, e-mail', () => {
  it.each([
    ['vào đây zoom.us/j/81234567890?pwd=abc', 'link'],
    ['https://meet.google.com/abc-defg-hij', 'link'],
    ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_x', 'link'],
    ['zalo.me/g/abcdef', 'link'],
    ['t.me/joinchat/xyz', 'link'],
    ['discord.gg/raid', 'link'],
    ['chat.whatsapp.com/AbC', 'link'],
    ['m.me/someone', 'link'],
    ['sđt mình 0912345678', 'personal-info'],
    ['gọi 090 123 4567 nhé', 'personal-info'],
    ['+84 912.345.678', 'personal-info'],
  ])('%s', (text, cat) => {
    expect(cats(alerts(text))).toEqual([cat]);
  });
  it('puts shorteners and e-mails in review', () => {
    expect(classifyText('bit.ly/3abc').map((v) => v.tier)).toEqual(['review']);
    expect(classifyText('gửi vào ban@gmail.com').map((v) => v.category)).toEqual(['personal-info']);
  });
  it('allows the school domains and ordinary links', () => {
    const opts = { schoolDomains: ['thpt-abc.edu.vn'] };
    expect(classifyText('nộp bài ở https://lms.thpt-abc.edu.vn/bai1', opts)).toEqual([]);
    expect(classifyText('gửi cho cô lan@thpt-abc.edu.vn', opts)).toEqual([]);
    expect(classifyText('xem video https://www.youtube.com/watch?v=abc')).toEqual([]);
  });
  it('the span of a link is the link as written', () => {
    const text = 'vào  discord.gg/x  nhé';
    const [v] = classifyText(text);
    expect(text.slice(v!.span[0], v!.span[1])).toBe('discord.gg/x');
  });
});

describe("teacher's words", () => {
  it('blocked words always count, accented or not', () => {
    const opts = { blockedWords: ['trẩu tre', 'noob'] };
    expect(cats(alerts('bọn trẩu tre', opts))).toContain('blocked-word');
    expect(cats(alerts('đồ noob', opts))).toContain('blocked-word');
  });
  it('allowed words remove matches inside them', () => {
    expect(alerts('đồ chó', { allowedWords: ['đồ chó'] })).toEqual([]);
    expect(alerts('đồ chó')).not.toEqual([]);
  });
});

describe('hostile input', () => {
  it('a 100 KB line is classified, with the profanity at its end found', () => {
    const text = 'a '.repeat(50_000) + 'địt mẹ';
    const vs = classifyText(text);
    expect(vs.some((v) => v.category === 'profanity' && text.slice(v.span[0], v.span[1]) === 'địt mẹ')).toBe(true);
    expect(vs.some((v) => v.category === 'spam')).toBe(true);
  });
  it('bidi overrides, control characters and Zalgo do not hide words or break spans', () => {
    const text = '\u202eđịt\u202c \u0000 mẹ\u0301\u0301\u0301';
    const vs = alerts(text);
    expect(cats(vs)).toEqual(['profanity']);
    expect(vs[0]!.span[0]).toBe(1);
  });
  it('a message made of thousands of flagged words is one bounded incident', () => {
    const vs = classifyText('mày ngu '.repeat(15_000));
    expect(vs.length).toBeLessThanOrEqual(MAX_VERDICTS);
    expect(vs.some((v) => v.category === 'insult' && v.tier === 'alert')).toBe(true);
    expect(classifyText('t.me/a '.repeat(5_000)).length).toBeLessThanOrEqual(MAX_VERDICTS);
  });
  it('never throws on odd strings', () => {
    for (const s of [
      '',
      ' ',
      '\uD800',
      '@',
      '***',
      '.-.-.',
      '🙂'.repeat(1000),
      '\u0301'.repeat(100),
      'a'.repeat(100_001),
    ]) {
      expect(() => classifyText(s)).not.toThrow();
    }
  });
});

describe('words that name JavaScript object members are words like any other', () => {
  const WORDS = [
    'constructor',
    '__proto__',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
    'isPrototypeOf',
  ];
  it.each(WORDS)('"%s" alone, and in a sentence, gives no verdict and does not throw', (word) => {
    expect(classifyText(word)).toEqual([]);
    expect(classifyText(`cô ơi ${word} là gì ạ`)).toEqual([]);
  });
  it('a harmful message with one of them is still caught', () => {
    expect(classifyText('constructor địt mẹ mày').map((v) => v.category)).toContain('profanity');
  });
});
