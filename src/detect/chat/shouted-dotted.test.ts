import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const cats = (text: string) => classifyText(text).map((v) => `${v.category}/${v.tier}`);

describe('dotted words before "!!!", shouted capitals over a cut letter, and "Cl" without chemistry', () => {
  it.each([
    ['t.ự t.ử!!!', 'self-harm/alert'],
    ['muốn t.ự t.ử!!!', 'self-harm/alert'],
    ['vl!!!', 'profanity/alert'],
    ['C.L gì vậy', 'profanity/alert'],
    ['Cc!!!', 'profanity/alert'],
    ['ĐỒ C.', 'profanity/alert'],
    ['ĐỒ L!!!', 'profanity/alert'],
    ['Cl gì vậy', 'profanity/review'],
    ['D.M', 'profanity/alert'],
    ['V.L', 'profanity/alert'],
    ['CÁI L GÌ THẾ', 'profanity/alert'],
  ])('%s → %s', (text, verdict) => {
    expect(cats(text)).toContain(verdict);
  });

  it('"dell" before a word đéo takes, typed in ASCII, is the oath; the laptop stays', () => {
    expect(cats('dell ai thèm')).toContain('profanity/alert');
    expect(cats('laptop dell ai mua chưa')).toEqual([]);
  });

  it('two dotted letters alone may be initials: worth a look, not an alert', () => {
    expect(cats('C.C')).toEqual(['profanity/review']);
  });

  it('"!" inside a word is still a leet i', () => {
    expect(cats('đ!t mẹ')).toContain('profanity/alert');
    expect(cats('sh!t')).toContain('profanity/alert');
  });

  it.each([
    'Cl gì vậy bạn, Cl2 hay HCl?',
    'Cl gì vậy haha, mình tưởng Br',
    'Cl có hóa trị mấy vậy mn',
    'Khí Cl2 màu vàng lục, mùi hắc, rất độc',
    'HỌC C++',
    'CÂU 3 GIỐNG NHƯ C',
    'Ngôn ngữ C',
    'hay quá!!!',
    'ra 0,2 mol Cl-!!!',
    'Môn V.L khó quá',
    'điểm D.M nằm trên cạnh BC',
  ])('stays clean: %s', (text) => {
    expect(cats(text)).toEqual([]);
  });
});
