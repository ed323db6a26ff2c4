import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const found = (text: string, category: string) =>
  classifyText(text)
    .filter((v) => v.category === category)
    .map((v) => v.tier);

describe('self-harm: plans, means made ready, goodbyes and sleep without waking reach an adult', () => {
  it.each([
    'e định thắt cổ',
    'dao lam t để sẵn r',
    'tao mà chết thì bọn m vui r',
    'die ngay bây giờ cũng đc',
    'tạm biệt mn, t đi đây, sẽ k quay lại nữa',
    'e đang đứng trên nóc nhà, e sợ lắm',
    'ê t muốn chết thật đấy',
    't mún ngủ 1 giấc r ko dậy nữa',
    'e muốn tự vẫn',
    'e chỉ muốn chết thôi mn ạ',
    't chết thì có ai buồn đâu',
  ])('%s', (text) => {
    expect(found(text, 'self-harm').length).toBeGreaterThan(0);
  });

  it('not an oath of surprise, a haircut, a bridge visited, a history lesson or a bad exam', () => {
    for (const text of [
      'chết thật, quên mang vở',
      'em định cắt tóc',
      'em đứng trên cầu muốn ngắm sông',
      'Tướng Hoàng Diệu tự vẫn khi thành Hà Nội thất thủ',
      'thôi chết thôi, quên bài rồi',
      'em ngủ dậy muộn',
    ])
      expect(found(text, 'self-harm'), text).toEqual([]);
  });
});

describe('insults by shape alert, in Vietnamese with and without diacritics and in English', () => {
  it.each([
    'câm đi con khỉ',
    'cam di con khi',
    'con mụ phù thủy kia',
    'nhìn m như thằng ăn mày',
    'thk nay nhu cc',
    'ngu hơn con bò',
    'mày là cái loại gì vậy',
    'nhìn cái mặt m đã thấy ngứa mắt',
    'nhìn mặt thằng đó là muốn đấm',
    'thang nay dot nat the nhi',
    'may dung la do vo dung',
    'bọn lớp 7A toàn lũ ăn hại',
    'leave us alone weirdo',
    'ew who let u in',
    'imagine being this dumb',
    "don't let her join, she's weird",
    'ur literally so weird',
  ])('%s', (text) => {
    expect(found(text, 'insult')).toContain('alert');
  });

  it('not an animal in a lesson, a story scolding someone, or a Zoom lobby', () => {
    for (const text of [
      'con này là loại gì vậy cô',
      'Trong đoạn trích, mụ chủ quán mắng thằng bé là "đồ ăn hại", em hãy phân tích thái độ nhân vật',
      "don't let them in, they are not in our class",
      'Who invited you to the party? - Lan did',
    ])
      expect(found(text, 'insult'), text).not.toContain('alert');
  });
});

describe('oaths pupils type', () => {
  it.each(['thôi con mẹ nó đi', 'kệ con mẹ nó', 'f u', 'fu bro', 'stfu', 'cai deo gi vay'])('%s', (text) => {
    expect(found(text, 'profanity')).toContain('alert');
  });

  it('a child\'s mother, kung fu and "cái đeo" are not', () => {
    for (const text of ['con mẹ nó đi làm xa', 'con mẹ nó đi', 'kung fu panda', 'f u n'])
      expect(found(text, 'profanity'), text).not.toContain('alert');
  });
});

describe('grooming cues as strangers write them are kept for review', () => {
  it.each([
    'kb fb a đi e',
    'mình qua tele nói chuyện cho tiện nha e',
    'u got insta? dm me',
    'Tối nay gọi video với anh nhé',
    'Em gửi ảnh cho anh xem với',
    'Em học xong mấy giờ, anh ra đón',
    "Let's keep our chats secret",
    'Nhà em lúc này có ai ở nhà không?',
    'mún kiếm tiền ko e, a chỉ cho',
    'bé ơi mấy giờ bố mẹ bé đi ngủ',
    'lên phòng a chơi game đi e',
    'e cho a link ig đi',
    'Bố mẹ em không cần biết chuyện của anh em mình',
    'Em muốn anh mua gì cho em nào',
    'Em xinh hơn mấy bạn cùng lớp nhiều',
    'Em xóa hết tin nhắn vs a đi nhé',
  ])('%s', (text) => {
    expect(found(text, 'grooming')).toEqual(expect.arrayContaining(['review']));
  });

  it('pupils adding each other to a class group, a parent picking up, a file size', () => {
    for (const text of ['kb Zalo đi để gửi bài', 'Mấy giờ bố mẹ đón con ạ', 'file nặng 200 kb', 'Em ngủ với mẹ ạ'])
      expect(found(text, 'grooming'), text).toEqual([]);
  });
});
