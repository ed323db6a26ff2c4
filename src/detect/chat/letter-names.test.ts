import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const cats = (text: string) => classifyText(text).map((v) => `${v.category}/${v.tier}`);

describe('oaths spelled with the names letters are also called', () => {
  it.each([
    'đê em em',
    'đê em em, mạng lag quá',
    'tao đê em em mày',
    'đê-em-em',
    'de em em',
    'đi i tờ mẹ mày',
    'di i to me may',
    'e lờ mờ',
    'ê lờ mờ nó',
    'cờ cờ',
    'cờ cờ luôn á',
    'cờ lờ mờ chúng mày',
  ])('%s is the oath', (text) => {
    expect(cats(text)).toContain('profanity/alert');
  });

  it.each([
    'Chữ M đọc là em-mờ, chữ N đọc là en-nờ các con nhé',
    'Chữ D tiếng Anh đọc là "đi", chữ M đọc là "em"',
    'con đê em thấy ở quê bị sạt lở sau bão',
    'Đi em ơi kẻo muộn giờ vào lớp',
    'Em mờ mắt quá cô ơi',
    'em lờ mờ nhớ là công thức này có trong sách',
    'lờ mờ',
    'co co',
    '100 xê xê nước cất',
    'lá cờ cờ đỏ sao vàng',
    'đêmê',
    'Chúng em đi eo biển, thấy bờ đá',
    'L M N đọc là e lờ em mờ en nờ',
  ])('%s stays words', (text) => {
    expect(cats(text)).toEqual([]);
  });
});

describe('"vl" closed by an exclamation or opened by a cry', () => {
  it.each(['vl ghê chưa', 'vl ghê', 'trời ơi vl', 'ê vl', 'ôi vl thật'])('%s is the oath', (text) => {
    expect(cats(text)).toContain('profanity/alert');
  });

  it('physics goes on after it', () => {
    expect(cats('vl chứ không phải hóa đâu')).not.toContain('profanity/alert');
    expect(cats('Thi môn gì? vl chứ')).not.toContain('profanity/alert');
    expect(cats('ê vl hôm nay học bài mấy')).toEqual([]);
    expect(cats('vl chưa nộp à')).toEqual([]);
  });
});

describe('"dis" for địt', () => {
  it('with the mother or a target it is the oath; the English verb is not', () => {
    expect(cats('dis mẹ')).toContain('profanity/alert');
    expect(cats('dis me may')).toContain('profanity/alert');
    expect(cats("don't dis me")).toEqual([]);
  });
});
