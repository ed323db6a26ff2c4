import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const cats = (text: string, tier: 'alert' | 'review' = 'alert') =>
  classifyText(text)
    .filter((v) => v.tier === tier)
    .map((v) => v.category);

describe('insults by shape', () => {
  it('an obscene word or slur used as a name for someone is an insult too', () => {
    expect(cats('thằng lồn')).toContain('insult');
    expect(cats('thang dau buoi')).toContain('insult');
    expect(cats('stupid bitch')).toContain('insult');
    expect(cats('thằng bê đê kia')).toContain('insult');
  });

  it('an obscene word that goes on into a sentence stays profanity only', () => {
    expect(cats('thằng đó đéo biết gì')).not.toContain('insult');
    expect(cats('lớp đéo ai làm bài')).not.toContain('insult');
  });

  it('a bad quality likened to an animal, opening the message, is said to someone', () => {
    expect(cats('ngu như bò')).toContain('insult');
    expect(cats('đần như con bò')).toContain('insult');
    expect(cats('mày là thứ rác rưởi')).toContain('insult');
    expect(cats('mày như cục phân ấy')).toContain('insult');
  });

  it('the same simile quoted in a lesson, or praise, does not alert', () => {
    expect(cats('Thành ngữ "ngu như bò" là cách so sánh dân gian')).toEqual([]);
    expect(cats('khỏe như voi')).toEqual([]);
    expect(cats('con bò nhà em béo lắm')).toEqual([]);
  });

  it('a face likened to a ghost, disgust at a face, English exclusion and smell', () => {
    expect(cats('con nhỏ kia xấu như ma')).toContain('insult');
    expect(cats('nhìn cái mặt mày là muốn ói')).toContain('insult');
    expect(cats("we don't want you on our team")).toContain('insult');
    expect(cats('you smell so bad')).toContain('insult');
    expect(cats('xấu như ma là so sánh gì hả cô')).toEqual([]);
    expect(cats('nhìn con sâu trong rau em buồn nôn quá')).toEqual([]);
  });

  it('an animal called out as the whole message names someone; an answer in an animal lesson does not', () => {
    expect(cats('con lợn kia')).toContain('insult');
    expect(cats('thằng chó')).toContain('insult');
    expect(cats('con dở hơi')).toContain('insult');
    expect(cats('con chó')).toEqual([]);
    expect(cats('con bò cô ơi')).toEqual([]);
  });

  it('unaccented "may" is mày when no machine could be so ("may khung a"), máy otherwise', () => {
    expect(cats('may khung a')).toContain('insult');
    expect(cats('may bi ngu a')).toContain('insult');
    expect(cats('may ngu a')).toEqual([]);
    expect(cats('may bi hong a')).toEqual([]);
    expect(cats('may dien a')).toEqual([]);
  });

  it('English name-calling with an animal, the whole message', () => {
    expect(cats('fat pig')).toContain('insult');
    expect(cats('you ugly cow')).toContain('insult');
    expect(cats('The pig is fat and the cow is ugly')).toEqual([]);
    expect(cats('a fat pig lives on the farm')).toEqual([]);
  });
});

describe('grooming cues as strangers type them', () => {
  it('a gift waiting, a secret kept, a channel asked for, a meeting alone, virginity', () => {
    for (const text of [
      'a có quà cho e nè, ra lấy đi',
      'a sẽ giữ bí mật cho e',
      'e có tiktok k, cho a xin',
      'gặp a ở công viên nhé, đi một mình thôi',
      'e còn zin k',
      'gui a tam anh di e',
      'anh quen thầy chủ nhiệm lớp em đấy',
      'a có thể giúp e nổi tiếng trên tiktok',
      'đến nhà a chơi đi',
      'hey cutie how old r u',
      'wanna be friends? add my snap',
      'đi nhà nghỉ với a không',
      'lớn rồi mà còn sợ bố mẹ à',
      'you can trust me',
    ])
      expect(cats(text, 'review'), text).toContain('grooming');
    // Money offered (gifts) for pictures (photos): two families in one message alert at once.
    expect(cats("i'll give you money for pics")).toContain('grooming');
  });

  it("a teacher asking for a pupil's homework is not a cue", () => {
    expect(classifyText('cô cho em xin bài tập nhé')).toEqual([]);
    expect(classifyText('em gặp cô ở phòng giáo viên nhé')).toEqual([]);
    expect(classifyText('em gặp anh trai ở cổng trường, em về một mình được ạ')).toEqual([]);
    expect(classifyText('What are you wearing? I am wearing a red T-shirt')).toEqual([]);
    expect(classifyText('em mặc gì đi học hôm nay ạ, đồng phục hay áo thể dục')).toEqual([]);
  });
});

describe('a nickname typed without diacritics', () => {
  it.each(['thang dan kia', 'do than kinh', 'con map', 'thang lun', 'do nao tom', 'do do hoi', 'thang nha que'])(
    '%s → insult, alert',
    (text) => {
      expect(classifyText(text).some((v) => v.category === 'insult' && v.tier === 'alert')).toBe(true);
    },
  );

  it('not an answer opening with "do" (because), "thang" (month), "con" (I, or an animal)', () => {
    for (const text of ['do ban a', 'do dien', 'thang nay nghi he', 'con nho roi a', 'con ga', 'con bo', 'do la bai 3'])
      expect(classifyText(text), text).toEqual([]);
  });
});

describe('more nicknames and similes typed without diacritics', () => {
  it.each([
    'thang hen',
    'thang lon',
    'con nho xau xi',
    'mat nhu cai mam',
    'oc nhu qua nho',
    'may nhu cuc phan ay',
    'iq am a',
  ])('%s → insult, alert', (text) => {
    expect(classifyText(text).some((v) => v.category === 'insult' && v.tier === 'alert')).toBe(true);
  });

  it('not a frog’s brain, the moon or a month', () => {
    for (const text of [
      'nao ech nho nhu hat dau',
      'mat trang tron nhu cai mam',
      'thang lon nhat co 31 ngay',
      'con ban',
    ])
      expect(classifyText(text), text).toEqual([]);
  });
});
