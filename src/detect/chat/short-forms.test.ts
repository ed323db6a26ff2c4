import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const cats = (text: string) => classifyText(text).map((v) => `${v.category}/${v.tier}`);

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

describe('"cc" stretched, "lol" after "ăn"', () => {
  it('a stretched cc alone is exclaimed; three letters may be an abbreviation, dotted ones initials', () => {
    expect(cats('ccccc nha')).toContain('profanity/alert');
    expect(cats('ccc')).not.toContain('profanity/alert');
    expect(cats('c.c nha')).not.toContain('profanity/alert');
  });

  it('"ăn lol" going on is the word; a laugh closes the message', () => {
    expect(cats('ăn lol à')).toContain('profanity/alert');
    expect(cats('đói quá đi ăn lol')).toEqual([]);
  });
});
