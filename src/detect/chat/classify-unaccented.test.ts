import { describe, expect, it } from 'vitest';
import type { ChatCategory } from './types';
import { classifyText } from './classify';

const tiers = (text: string, cat: ChatCategory) =>
  classifyText(text)
    .filter((v) => v.category === cat)
    .map((v) => v.tier);

describe('a message typed wholly without diacritics reads the accented templates', () => {
  it.each([
    ['dung ke voi ai nha e', 'grooming'],
    ['e co hay o nha 1 minh k', 'grooming'],
    ['bo me e di lam may gio ve', 'grooming'],
    ['e chup cho a tam hinh di', 'grooming'],
    ['e muon ket thuc tat ca', 'self-harm'],
  ] as const)('%s → %s, review', (text, cat) => {
    expect(tiers(text, cat)).toEqual(['review']);
  });

  it('but not lesson talk with a word typed with diacritics, nor the folded idioms', () => {
    expect(classifyText('hôm nay lop minh hoc bai song va chet cua te bao')).toEqual([]);
    expect(tiers('met muon chet luon', 'self-harm')).toEqual([]);
    expect(tiers('cuoi chet mat', 'self-harm')).toEqual([]);
  });

  it('keeps lesson talk typed without diacritics clean', () => {
    for (const text of [
      'hom nay lop minh hoc bai song va chet cua te bao',
      'bai 3 cho a = 2, b = 5',
      'song Hong dai bao nhieu km',
      'cho em xin de bai 4 a',
    ])
      expect(classifyText(text), text).toEqual([]);
  });
});

describe('grooming cues as strangers type them', () => {
  it.each([
    'nhắn qua telegram cho a nha',
    'tối nay lên messenger nói chuyện với anh nha',
    'cho anh xin info nhé',
    'đừng cho bố mẹ xem tin nhắn này',
    'a cho e 100k nap game nhe',
    'muốn skin gì anh mua cho',
    'thứ 7 anh qua trường đón em nhé',
    'vào phòng riêng với anh nhé',
    'em đã có bạn trai chưa',
    'em thay đồ chưa, cho anh xem',
    'can we video call, just us',
  ])('%s', (text) => {
    expect(tiers(text, 'grooming')).toContain('review');
  });

  it('not a class sharing a channel, money for the class fund or a group room', () => {
    for (const text of [
      'cô gửi bài qua zalo lớp rồi nhé',
      'mỗi bạn đóng 50k quỹ lớp',
      'các nhóm vào phòng riêng với cô để thảo luận',
      'bố mẹ em cho em 20k ăn sáng',
    ])
      expect(tiers(text, 'grooming'), text).toEqual([]);
  });
});

describe('self-harm outside the first frames', () => {
  it.each([
    'em chẳng còn lý do gì để sống',
    'xin lỗi mọi người, tạm biệt mãi mãi',
    'đây là tin nhắn cuối của em',
    'tay em toàn vết cắt',
    'em muốn ngủ mãi không dậy',
  ])('%s → review', (text) => {
    expect(tiers(text, 'self-harm')).toEqual(['review']);
  });

  it('not the reasons in an essay or the last message before leaving a call', () => {
    for (const text of ['lý do em chọn đề 2 là vì dễ', 'em gửi tin nhắn cuối cùng rồi cô ơi', 'con mèo ngủ mãi'])
      expect(tiers(text, 'self-harm'), text).toEqual([]);
  });
});

describe('a number with a unit is not leet', () => {
  it('reads "100k" as money, "5kg" as a mass', () => {
    expect(classifyText('bạn ấy nặng 5kg hơn em')).toEqual([]);
    expect(classifyText('quỹ lớp còn 100k')).toEqual([]);
  });
});

describe('insults typed without diacritics', () => {
  it.each(['dan nhu bo', 'thang kia xau nhu con cho', 'im di con cho', 'do phe vat', 'con Lan beo nhu lon'])(
    '%s → insult, alert',
    (text) => {
      expect(tiers(text, 'insult')).toContain('alert');
    },
  );

  it("not a pet's size, nor the same words with diacritics about a pet, nor a mother hushing her child", () => {
    for (const text of [
      'con meo nha to beo nhu con heo',
      'nhà tớ có con mèo béo như con heo con',
      'im di con, cho me noi',
      'do rac giup me nhe',
    ])
      expect(tiers(text, 'insult'), text).toEqual([]);
  });
});

describe('profanity spelled letter by letter or without diacritics', () => {
  it('a word spelled out with spaces may be the folded obscene word: "l o n", "đ i t"', () => {
    expect(tiers('l o n', 'profanity')).toEqual(['alert']);
    expect(tiers('đ i t', 'profanity')).toEqual(['alert']);
  });

  it('"dech" is đếch typed without diacritics', () => {
    expect(tiers('dech hieu gi', 'profanity')).toEqual(['alert']);
  });

  it('letters of a lesson spelled out stay letters', () => {
    for (const text of ['tam giác A B C vuông tại A', 'các điểm x y z', 'hello h e l l o'])
      expect(classifyText(text), text).toEqual([]);
  });
});

describe('"thầy đồ", the village scholar of the texts studied', () => {
  it('is a person by trade, not "đồ" calling names; "đồ dốt" said to someone still alerts', () => {
    expect(classifyText('Thầy đồ dốt dạy chữ "kê" là "dủ dỉ là con dù dì"')).toEqual([]);
    expect(tiers('mày là đồ dốt', 'insult')).toEqual(['alert']);
  });
});

describe('stars typed loosely', () => {
  it('a run of stars may hide fewer letters than it has: "đ**t" is địt', () => {
    expect(tiers('đ**t', 'profanity')).toEqual(['alert']);
  });

  it('a starred word that fits no listed word stays clean', () => {
    expect(classifyText('h**p em với')).toEqual([]);
    expect(classifyText('bài 3 đáp án là 2**3 = 8')).toEqual([]);
  });
});

describe('more wordings of grooming, self-harm and name-calling', () => {
  it.each([
    ['tan học anh đợi em ở cổng sau nhé', 'grooming'],
    ['em đi học về lúc mấy giờ', 'grooming'],
    ['em có muốn làm người mẫu không', 'grooming'],
    ['em đừng nói với cô giáo nhé', 'grooming'],
    ['do your parents check your phone', 'grooming'],
    ['em vừa uống nửa vỉ thuốc', 'self-harm'],
    ['em ước gì mai không tỉnh lại', 'self-harm'],
    ["i've been cutting again", 'self-harm'],
    ['nobody would even notice if i disappeared', 'self-harm'],
  ] as const)('%s → %s, review', (text, cat) => {
    expect(tiers(text, cat)).toContain('review');
  });

  it('"shut up" + a name alerts as an insult', () => {
    expect(tiers('shut up fatty', 'insult')).toEqual(['alert']);
  });

  it('not a study plan, a prescription or a biology lesson', () => {
    for (const text of [
      'em đâm đầu vào học cả tuần nay',
      'bác sĩ dặn uống thuốc ngày 2 lần',
      'cô đợi các em ở phòng 204 nhé',
      'the cells keep cutting and dividing',
    ])
      expect(classifyText(text), text).toEqual([]);
  });
});

it('"been cutting" paper is not self-harm', () => {
  expect(classifyText("i've been cutting paper for the project")).toEqual([]);
});

describe('a message typed without diacritics but for its pronouns, particles or one word', () => {
  it.each([
    ['mình muon die qua', 'self-harm'],
    ['tui uong het vi thuoc ngu r', 'self-harm'],
    ['chú dan e di choi nhé', 'grooming'],
    ['a yeu bé', 'grooming'],
    ['dung ke voi ai nhé e', 'grooming'],
    ['toi nay e o nha 1 minh hả', 'grooming'],
  ])('%s → %s (review)', (text, cat) => {
    expect(tiers(text, cat as 'self-harm' | 'grooming').length).toBeGreaterThan(0);
  });

  it.each(['mình ra song tap boi nhé', 'chú dan chung em di tham quan bao tang', 'bé an trua xong r'])(
    'lesson and home talk stays clean: %s',
    (text) => {
      expect(classifyText(text)).toEqual([]);
    },
  );
});

describe('"ngu ngon" typed without diacritics is good night, whatever else carries them', () => {
  it('wishes good night without an insult, and a real insult beside it still counts', () => {
    expect(classifyText('chuc ngu ngon nhé')).toEqual([]);
    expect(classifyText('chuc ca nha ngu ngon nhé cô')).toEqual([]);
    expect(tiers('mày ngu quá nhé', 'insult')).toEqual(['alert']);
    expect(tiers('mày ngu ngốc', 'insult')).toEqual(['alert']);
  });
});
