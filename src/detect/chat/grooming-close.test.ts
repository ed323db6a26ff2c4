import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const grooming = (text: string) =>
  classifyText(text)
    .filter((v) => v.category === 'grooming')
    .map((v) => v.tier);

describe('closeness a stranger builds with a child is a grooming cue for review', () => {
  it.each([
    'a chỉ muốn tốt cho e thôi mà',
    'chỉ có a mới hiểu e thôi',
    'bố mẹ e k hiểu e đâu',
    'mình làm quen nha e',
    'tối nay e ngủ với ai',
    'e ngủ một mình à',
    'e xinh như hot girl ấy',
    'a ship quà tới nhà cho e nha',
    'check ib đi e',
    'r u home alone',
    'wanna hang out this weekend just us',
    'ur so mature for ur age',
  ])('%s', (text) => {
    expect(grooming(text)).toEqual(['review']);
  });

  it('not the same words in a text studied, a story, a lesson or a parent writing to the teacher', () => {
    for (const text of [
      'Ông chỉ mong điều tốt cho cháu, câu này thể hiện tình cảm gì?',
      'Cô bé xinh như hoa hậu trong truyện là nhân vật nào?',
      'Bài đọc: Em bé ngủ một mình trong phòng, bé có sợ không?',
      'Hôm nay chúng ta làm quen với chữ cái mới nhé các con',
      "Let's meet at the library, just us three, to practise the dialogue",
      'Bố mẹ cháu không hiểu bài này đâu, cô giải thích giúp ạ',
      'She is very mature for her age, translate into Vietnamese',
    ]) {
      expect(grooming(text), text).toEqual([]);
    }
  });
});

describe('a stranger asking the child’s schedule, offering gifts or asking for photos', () => {
  it.each([
    'e lớp mấy rồi',
    'e sinh năm mấy',
    'e hay online lúc mấy giờ',
    'tối nay e rảnh k, a gọi',
    'xoá tin nhắn sau khi đọc nhé',
    'a mua cho e đôi giày nha',
    'e thích iphone k, a tặng',
    'e có ảnh nào xinh gửi a xem với',
    'anh là bạn của anh trai em',
    'e có tin a k',
    'dm me on insta',
    'u got snap?',
  ])('%s', (text) => {
    expect(grooming(text)).toEqual(['review']);
  });

  it('not a survey, a history question, parents among themselves, tutoring or a dialogue', () => {
    for (const text of [
      'Các em đi học bằng gì? Khảo sát an toàn giao thông nhé',
      'Bác Hồ sinh năm nào? Các em trả lời nhé',
      'Con chị học lớp mấy rồi ạ? Con em lớp 3',
      'Em gửi anh xem bài giải nhé, anh sửa giúp em',
      'Dialogue: Are your parents home? Yes, they are',
      'em có tin anh ấy thích em không',
      'xóa tin nhắn trong nhóm sau khi đọc nhé, nhóm chỉ để thông báo',
    ]) {
      expect(grooming(text), text).toEqual([]);
    }
  });
});

describe('English as strangers type it', () => {
  it.each([
    'whats ur age',
    'what grade r u in',
    'where do u go to school',
    'can i see a pic of you',
    'turn ur cam on for me',
    'want some robux? i can give u',
    'wanna meet up?',
    'i can come pick u up',
    'u home alone?',
    'video chat with me',
  ])('%s', (text) => {
    expect(grooming(text)).toEqual(['review']);
  });

  it('not the same questions in an English lesson', () => {
    for (const text of [
      'Unit 3: Where do you go to school? I go to Le Loi School',
      'What grade are you in? I’m in grade 6. Practise in pairs',
      'Can I see a picture of your family? Ask your partner',
      'How old are you? I’m eight years old',
      "What's your age? - I'm eleven. (asking personal information)",
    ]) {
      expect(grooming(text), text).toEqual([]);
    }
  });
});

describe('nudes, a promised secret, a misspelled compliment, bathing', () => {
  it.each(['send nudes', 'i wont tell anyone', 'ur so pretty', 'e tắm chưa'])('%s', (text) => {
    expect(grooming(text)).toContain('review');
  });

  it('not a grammar example, a correction exercise or hygiene in biology', () => {
    for (const text of [
      "I won't tell anyone your secret. (future simple, negative)",
      "Your so pretty -> You're so pretty: correct the mistake",
      'Sau khi chạy bộ các em tắm chưa? Nhớ tắm nước ấm nhé',
    ]) {
      expect(grooming(text), text).toEqual([]);
    }
  });
});
