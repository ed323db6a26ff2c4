import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const alerts = (text: string) =>
  classifyText(text)
    .filter((v) => v.tier === 'alert')
    .map((v) => v.category);
const any = (text: string) => classifyText(text).map((v) => v.category);

describe('words starred down to their first letter', () => {
  it('an oath of two words, each starred to a letter or one written out', () => {
    expect(alerts('đ** mẹ')).toContain('profanity');
    expect(alerts('đ** m**')).toContain('profanity');
  });
  it('one starred letter ending a line is the cut-short word, as the bare letter is', () => {
    expect(alerts('khó vãi l**')).toContain('profanity');
  });
  it('a lone starred letter says nothing', () => {
    expect(any('đ**')).toEqual([]);
    expect(any('câu 3 ý b** em chưa làm')).toEqual([]);
  });
});

describe('spelled short forms that are also words', () => {
  it('"cờ lờ" alone or as an exclamation is the oath', () => {
    expect(alerts('cờ lờ')).toContain('profanity');
    expect(alerts('cờ lờ thật')).toContain('profanity');
  });
  it('"lờ mờ" (dim) and the chemistry reading "xê lờ" stay words', () => {
    expect(any('lá cờ lờ mờ trong sương')).toEqual([]);
    expect(any('cờ lờ mờ quá không thấy')).toEqual([]);
    expect(any('thầy bảo xê lờ là clo')).toEqual([]);
    expect(any('nó lờ tớ đi')).toEqual([]);
  });
});

describe('unaccented oaths and self-harm', () => {
  it('"deo" before a verb of knowing or caring is the oath; "deo kinh" is wearing glasses', () => {
    expect(alerts('deo ai them')).toContain('profanity');
    expect(alerts('deo biet')).toContain('profanity');
    expect(any('em deo kinh a')).toEqual([]);
  });
  it('self-harm in a few more first-person wordings', () => {
    expect(alerts('e hết muốn sống rồi')).toContain('self-harm');
    expect(any('e muon chit')).toContain('self-harm');
    expect(any('e đã chuẩn bị dây rồi')).toContain('self-harm');
    expect(any('i might as well be dead')).toContain('self-harm');
  });
  it('a rope for PE is not a means', () => {
    expect(any('em chuẩn bị dây nhảy rồi ạ')).toEqual([]);
  });
});

describe('spellings seen in public comments (ViHOS train)', () => {
  it('"vãi" with a misspelt obscene word, and insults misspelt', () => {
    expect(alerts('Vãi lon :)))')).toContain('profanity');
    expect(alerts('vãi lòn thật')).toContain('profanity');
    expect(alerts('Sạo lol quá')).toContain('profanity');
    expect(alerts('Trần Sang óc vật')).toContain('insult');
    expect(alerts('con kia mất dại')).toContain('insult');
    expect(alerts('mày không có não à')).toContain('insult');
  });
  it('the same words in lessons stay clean', () => {
    expect(any('sứa là động vật không có não')).toEqual([]);
    expect(any('chó đẻ 5 con một lứa')).toEqual([]);
    expect(any('cái lồng chim treo ở hiên nhà')).toEqual([]);
  });
});

describe('"đ" cut from đéo', () => {
  it('before a word of knowing, having or caring it is the oath', () => {
    expect(alerts('Giống thế đ nào dc')).toContain('profanity');
    expect(alerts('đ có ai hiểu bài không')).toContain('profanity');
    expect(alerts('kệ mẹ nó')).toContain('profanity');
  });
  it('after a number or number word it is the đồng; after a letter word it is the letter', () => {
    expect(any('Lan có 5000 đ có mua được kẹo không')).toEqual([]);
    expect(any('giá 5 nghìn đ có đắt không cô')).toEqual([]);
    expect(any('chữ đ có nét ngang ở giữa nhé các con')).toEqual([]);
    expect(any('b, d, đ có gì khác nhau ạ')).toEqual([]);
  });
});

describe('"Dell" and misspelt obscene words', () => {
  it('the brand capitalised, unless a verb of knowing follows', () => {
    expect(any('Dell có tốt không ạ')).toEqual([]);
    expect(any('máy Dell hiểu lệnh chậm')).toEqual([]);
    expect(alerts('Dell hiểu kiểu j')).toContain('profanity');
  });
  it('misspellings that are no other word', () => {
    expect(alerts('xạo lon')).toContain('profanity');
    expect(alerts('con đỉ')).toContain('profanity');
    expect(any('lon nước ngọt giá 10 nghìn')).toEqual([]);
  });
});

describe('letter names joined by dashes, a lone vl', () => {
  it('"đê-mờ" and "vê-cờ-lờ" are spelled oaths; other dashed syllables are not', () => {
    expect(alerts('đê-mờ')).toContain('profanity');
    expect(alerts('vê-cờ-lờ')).toContain('profanity');
    expect(any('bê-tê cốt thép')).toEqual([]);
    expect(any('demo bài thuyết trình')).toEqual([]);
  });
  it('vl alone answers a question; dotted or shouted it is the oath', () => {
    expect(any('vl')).toEqual([]);
    expect(any('Vl')).toEqual([]);
    expect(alerts('v.l')).toContain('profanity');
    expect(alerts('vl!!!')).toContain('profanity');
  });
});

describe('self-harm words run together', () => {
  it('a sentence spelled out letter by letter, or typed without spaces, is read for the wish', () => {
    expect(any('e m u o n c h e t')).toContain('self-harm');
    expect(any('muonchetqua')).toContain('self-harm');
    expect(any('t k h o n g m u o n s o n g')).toContain('self-harm');
  });
  it('everyday long words and spelled answers are not', () => {
    expect(any('c h u o n g   b a')).toEqual([]);
    expect(any('tutu là váy múa ba lê')).toEqual([]);
  });
});

describe('letter names typed without diacritics', () => {
  it.each([
    ...['de mo may im di', 've lo that su', 'de mo, lag qua', 'do o mo', 'cai lo on', 'de mo ai tat mic tao'],
    ...['de em mo thang kia', 've xe lo', 'co lo go to'],
  ])('%s → profanity, alert', (text) => {
    expect(classifyText(text).some((v) => v.category === 'profanity' && v.tier === 'alert')).toBe(true);
  });

  it('not "để mở" or "vẽ lọ" typed so', () => {
    for (const text of [
      'de mo may',
      'de mo may tinh ra lam bai',
      'de mo the nao a',
      'de mo no ra',
      've lo hoa',
      'di xe lo',
    ])
      expect(classifyText(text), text).toEqual([]);
  });
});
