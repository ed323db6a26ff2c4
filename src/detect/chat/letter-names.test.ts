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
    'vãi e lờ',
    'như e lờ ấy',
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
    'đồ em mờ',
    'Chúng em đi eo biển, thấy bờ đá',
    'L M N đọc là e lờ em mờ en nờ',
  ])('%s stays words', (text) => {
    expect(cats(text)).toEqual([]);
  });
});
