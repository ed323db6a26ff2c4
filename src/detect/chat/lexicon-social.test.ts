import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';
import type { ChatCategory } from './types';

const alerts = (text: string) => classifyText(text).filter((v) => v.tier === 'alert');
const alertCats = (text: string): ChatCategory[] => alerts(text).map((v) => v.category);

// Words mined from the offensive spans of public social-media comments (docs/chat-detection.md, "Words
// from ViHOS train"): each is flagged as it was written, and the everyday word it resembles stays clean.
describe('social-media spellings in the lexicon', () => {
  it('reads misspelt and run-together obscenities as profanity', () => {
    for (const text of [
      'mệt lòn',
      'chết cdm thầy rồi',
      'kệ mọe nó',
      'tổ cha mày',
      'hát như cái đb',
      'nói xamlol',
      'Vler',
      'trông vừa khít lỗ đít luôn',
    ])
      expect(alertCats(text), text).toContain('profanity');
  });

  it('leaves the everyday words they resemble alone', () => {
    for (const text of [
      'kẻ luồn lòn quyền thế bị dân ghét', // luồn lòn: to fawn on the powerful
      'cđm đang bàn tán về trận chung kết', // cđm: cộng đồng mạng, the netizens
      'cái đb của bài này là có hai nghiệm', // đb: đặc biệt
      'chàng được vua cho làm phò mã',
      'Con mẹ nó đi làm xa nên ông bà đưa đón',
      'rót 5ml dung dịch vào ống nghiệm',
      'Thể tích 1 dm3 = 1000 cm3',
    ])
      expect(alerts(text), text).toEqual([]);
  });

  it('counts "thất học" and "vô văn hóa" only when aimed at someone', () => {
    const aimed = alerts('mày thất học à');
    expect(aimed.map((v) => v.category)).toEqual(['insult']);
    expect(aimed[0]!.target).toBe('mày');
    expect(alertCats('đồ vô văn hóa')).toContain('insult');
    expect(classifyText('nạn thất học thời Pháp thuộc rất nặng nề')).toEqual([]);
    expect(alerts('vứt rác bừa bãi là hành vi vô văn hóa')).toEqual([]);
  });

  it('counts "ngu xuẩn" said of someone else, not of oneself', () => {
    expect(alertCats('ad ngu xuẩn')).toContain('insult');
    expect(alerts('em thật ngu xuẩn, làm sai cả câu dễ')).toEqual([]);
  });

  it('flags a name-call with "phò" and a slur for a people', () => {
    expect(alertCats('nhìn con phò kia kìa')).toContain('insult');
    expect(alertCats('bọn tàu cộng')).toContain('hate');
  });
});
