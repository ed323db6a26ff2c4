import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const cats = (text: string) => classifyText(text).map((v) => `${v.category}/${v.tier}`);

describe('grooming cues asked outright, and the lesson talk that stays clean beside them', () => {
  it.each([
    '@Mai tối nay ở nhà 1 mình hả e',
    'Tối nay em ngủ phòng riêng à',
    'phòng e có khoá cửa ko',
    'e đang mặc gì đó',
    'nay mặc váy ngắn đi học ko e',
    'what are you wearing',
    'a mua cho e đt mới nha, chỉ cần e nghe lời a',
    'ko ai hiểu e bằng a đâu',
    'e muốn a làm anh nuôi của e ko',
    'gap a o quan net gan truong nhe',
    'e gui hinh cho a qua messenger di',
    'tắt mic đi rồi nói chuyện riêng với a',
    'e ra ngoài cam riêng với a 5p thôi',
    'are ur parents asleep',
    'gặp a ở cổng trường lúc tan học nhé, đi 1 mình thôi',
    'Where do you live? I can pick you up',
  ])('%s → a grooming cue (two families alert)', (text) => {
    expect(cats(text).some((c) => c.startsWith('grooming/'))).toBe(true);
  });

  it.each([
    'Khi ở nhà một mình, không mở cửa cho người lạ',
    'What are you wearing? I am wearing a red T-shirt',
    'Are your parents sleeping? - No, they are watching TV',
    'what are you wearing trong bài hội thoại mua sắm',
    'mai mặc gì đi dã ngoại vậy mn',
    'em gửi ảnh bài tập cho cô rồi ạ',
    'các em nói chuyện riêng với bạn thì tắt mic nhé',
  ])('stays clean: %s', (text) => {
    expect(cats(text)).toEqual([]);
  });
});
