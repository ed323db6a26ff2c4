import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const profane = (text: string) => classifyText(text).some((v) => v.category === 'profanity' && v.tier === 'alert');

describe('oaths spelled another way: y for i, a "z" for style, a letter more, "dell" before caring', () => {
  it.each([
    'đỵt mẹ',
    'lồnz',
    'vãiz lồnz',
    'vcll',
    'dkmm',
    'đmml',
    'v.c.l.l',
    'dell quan tâm',
    'khó vãi lờ',
    'kặc',
    'mofo',
    'omfg',
    'ép iu',
  ])('%s → profanity', (text) => {
    expect(profane(text)).toBe(true);
  });

  it.each([
    'Kỳ thi học kỳ 1 bắt đầu thứ 2',
    'Lý thuyết chương 3 cô gửi rồi',
    'Nước Mỹ có 50 bang',
    'trường thpt Kim Liên',
    'diễn tập pccc lúc 9h',
    'tphcm mưa to quá',
    'Máy Dell quan trọng nhất là pin',
    'em vẽ cái lều cắm trại',
    'bạn ấy lờ đi không trả lời',
  ])('%s → no profanity', (text) => {
    expect(classifyText(text).filter((v) => v.category === 'profanity')).toEqual([]);
  });
});
