import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const cats = (text: string) => classifyText(text).map((v) => `${v.category}/${v.tier}`);

describe('self-harm told as an end, and the lesson talk that stays clean beside it', () => {
  it.each([
    ['ước gì t chưa bao h đc sinh ra', 'self-harm/review'],
    ['đêm nay là đêm cuối của t', 'self-harm/review'],
    ['mai mình không còn nữa', 'self-harm/review'],
    ['mình nghĩ chết đi thì mọi chuyện sẽ hết', 'self-harm/review'],
    ['bố mẹ sẽ nhẹ nhõm khi em chết', 'self-harm/review'],
    ['t đi xa lắm, ko về nữa', 'self-harm/review'],
    ['mình muốn nhảy xuống sông cho xong', 'self-harm/review'],
    ['tối qua t uống nguyên vỉ thuốc ngủ', 'self-harm/alert'],
    ['uoc gi minh chua bao gio duoc sinh ra', 'self-harm/review'],
  ])('%s → %s', (text, verdict) => {
    expect(cats(text)).toContain(verdict);
  });

  it.each([
    'hôm nay là ngày cuối của em ở trường này',
    'em sinh ra ở Hà Nội',
    'mai mình không còn tiết thể dục nữa',
    'hè này mình muốn nhảy xuống sông tắm',
    'anh ấy đi xa làm ăn, tết không về nữa',
    'con uống hết vỉ thuốc ho chưa',
  ])('stays clean: %s', (text) => {
    expect(cats(text)).toEqual([]);
  });
});
