import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const selfHarm = (text: string) =>
  classifyText(text)
    .filter((v) => v.category === 'self-harm')
    .map((v) => v.tier);

describe('plain first-person self-harm reaches an adult', () => {
  it.each([
    'e mun đi chết',
    'mk mun die',
    'e muốn chớt quá',
    'e đang đứng trên cầu',
    'e đứng trên sân thượng r',
    'tam biet nha, kiep sau gap lai',
    't chết đi chắc chả ai buồn',
    'e hết chịu nổi r, e muốn kết thúc',
    'con xin lỗi bố mẹ, con đi trước',
    'uoc gi e chet di',
    'i want to die lol',
    'i just want it all to end',
    'tay e chảy máu nhiều quá',
    't mệt lắm rồi, t muốn dừng lại hết',
  ])('%s', (text) => {
    expect(selfHarm(text).length).toBeGreaterThan(0);
  });

  it('not the stairs, a photo on a bridge, laughing, embarrassment or leaving the call', () => {
    for (const text of [
      'em đang ở trên cầu thang, em vào lớp ngay',
      'tụi mình đang đứng trên cầu Rồng chụp ảnh nè',
      'em muốn chết cười với clip này',
      't chỉ muốn biến mất khỏi cái lớp này vì ngại quá',
      'tạm biệt mọi người, em đi đây, mai học tiếp',
      'I want to die laughing at this joke, is it an idiom?',
      'Translate: "I want everything to end well"',
      'dying lol this meme',
      'Tay em chảy máu vì đứt tay khi chơi bóng ạ',
      'Em muốn dừng lại hết các chương trình đang chạy thì làm sao ạ',
    ]) {
      expect(selfHarm(text), text).toEqual([]);
    }
  });
});

describe('one half of "tự tử" starred beside the other', () => {
  it.each(['tự t*', 'e muon t* tu', 'muốn t* sát'])('%s → self-harm', (text) => {
    expect(selfHarm(text).length).toBeGreaterThan(0);
  });

  it('a lone starred letter elsewhere stays unread', () => {
    expect(selfHarm('câu t* là gì')).toEqual([]);
    expect(selfHarm('t* tìm thấy đáp án rồi')).toEqual([]);
  });
});
