import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';
import type { ChatCategory } from './types';

const alerts = (text: string, cat: ChatCategory) =>
  classifyText(text).filter((v) => v.category === cat && v.tier === 'alert').length;

describe('oaths and put-downs as pupils type them alert', () => {
  it.each([
    ['vl chưa', 'profanity'],
    ['vc thật sự', 'profanity'],
    ['vc l', 'profanity'],
    ['fk off', 'profanity'],
    ['wth bro', 'profanity'],
    ['fml', 'profanity'],
    ['đậu má', 'profanity'],
    ['con mẹ nó', 'profanity'],
    ['con mập kia', 'insult'],
    ['con nhỏ xấu xí', 'insult'],
    ['đồ ăn bám', 'insult'],
    ['mặt như cái mâm', 'insult'],
    ['thằng đầu to óc quả nho', 'insult'],
    ['may nhu cuc cut', 'insult'],
    ['you smell', 'insult'],
    ['ur so cringe', 'insult'],
    ['go cry to your mom', 'insult'],
  ] as const)('%s → %s', (text, cat) => {
    expect(alerts(text, cat)).toBeGreaterThan(0);
  });

  it('not physics, a foreign key, a chore, a pet, a seed, the moon, or an English exercise', () => {
    for (const text of [
      'vl chưa nộp bài à mọi người',
      'FK là khóa ngoại, trỏ tới PK của bảng khác',
      'fk của bảng HocSinh là cột nào ạ',
      'vc nhà nhiều quá chưa học được',
      'con mèo nhà t béo lắm',
      'Con béo quá cô ạ, nhà em đang cho cháu tập thể dục',
      'Não ếch nhỏ như hạt đậu, các em quan sát hình',
      'Phần đầu hạt đậu nảy mầm trước',
      'Mặt trăng tròn như cái mâm, câu này dùng biện pháp gì?',
      'What do you smell?',
      'You are the worst at hide and seek! (superlative practice)',
      'Who asked the first question in the dialogue?',
      'Trẻ trâu là từ lóng chỉ gì, các em tìm ví dụ',
      'Con vịt xấu xí là truyện của An-đéc-xen',
      'Con mẹ nó đi làm xa nên ông bà đưa đón',
    ]) {
      expect(
        classifyText(text).filter((v) => v.tier === 'alert'),
        text,
      ).toEqual([]);
    }
  });
});

describe('capitals', () => {
  it('a phone’s capital opening the message, or a shouted message, is still the oath', () => {
    for (const text of ['Vl thật', 'D.m', 'VL!!!', 'CL J', 'Fk this', 'Dm thằng kia'])
      expect(alerts(text, 'profanity'), text).toBeGreaterThan(0);
  });

  it('an acronym or a symbol stays one', () => {
    for (const text of ['VL', 'Môn VL khó quá', 'Cl có hóa trị mấy', 'FK là khóa ngoại'])
      expect(alerts(text, 'profanity'), text).toBe(0);
  });
});

describe('oaths typed without diacritics', () => {
  it('phrases with no other reading, and a cut-off letter after a folded "cả" or before folded closers', () => {
    for (const text of ['di me may', 'phac du', 'dau xanh rau ma', 'vai ca c', 'nhu l ay', 'cai l gi the'])
      expect(alerts(text, 'profanity'), text).toBeGreaterThan(0);
  });

  it('not a length or a volume', () => {
    for (const text of ['chieu dai la l', 'the tich la 5 l the']) expect(alerts(text, 'profanity'), text).toBe(0);
  });
});
