import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const alerted = (text: string) => classifyText(text).some((v) => v.tier === 'alert');
const seen = (text: string) => classifyText(text).length > 0;

describe('a word talked about as language is not said at anyone', () => {
  it.each([
    'Từ "ngu ngốc" là từ láy hay từ ghép ạ?',
    '"Đồ ngốc" là lời mắng yêu của mẹ trong bài thơ',
    '"You\'re a loser" is rude, don\'t say it to your friends',
    'What does the word "bitch" mean?',
    '"Đồ ăn hại" nghĩa là gì hả cô',
    'Trong truyện ngụ ngôn, con cáo gọi quạ là đồ ngốc',
  ])('%s: kept for review, no alert', (text) => {
    expect(alerted(text)).toBe(false);
    expect(seen(text)).toBe(true);
  });

  it.each([
    '"đồ ngu" là mày đấy',
    'tao gọi mày là đồ ngốc đấy',
    'mày đúng là "đồ ngốc"',
    '"You\'re a loser" is what you are',
    'gọi m là thằng ngu cũng đúng',
  ])('%s: still an alert', (text) => {
    expect(alerted(text)).toBe(true);
  });
});
