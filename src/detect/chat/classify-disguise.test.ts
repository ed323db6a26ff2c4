import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const alertCats = (text: string) => [
  ...new Set(
    classifyText(text)
      .filter((v) => v.tier === 'alert')
      .map((v) => v.category),
  ),
];

describe('profanity spelled out as letter names', () => {
  it.each([
    'đê mờ mày im đi',
    'vê lờ luôn á',
    'đờ ờ mờ',
    'đê eo ai quan tâm',
    've co lo',
    'de mo thang kia',
    'đê em mờ thằng kia',
    'bài này khó vê e lờ',
  ])('%s alerts', (text) => {
    expect(alertCats(text)).toContain('profanity');
  });
  it.each([
    'Đờ ê đê, dê ê dê',
    'Tờ a ta, tờ ê tê',
    'Con dê ăn cỏ ngoài đồng',
    'de mo may tinh len di',
    'co lo duoc khong',
    'Mờ quá em không nhìn thấy chữ',
    'Đê em mới đắp xong',
    'vê em về nhà',
  ])('%s stays clean', (text) => {
    expect(classifyText(text)).toEqual([]);
  });
});

describe('an obscene phrase cut short at the end of a message', () => {
  it.each(['địt m', 'con mẹ m', 'dit m'])('%s alerts', (text) => {
    expect(alertCats(text)).toContain('profanity');
  });
  it.each(['mẹ em đi chợ', 'bài 5 trang 12 m'])('%s stays clean', (text) => {
    expect(alertCats(text)).toEqual([]);
  });
});

describe('a symbol stuck inside an accented word', () => {
  it('c!ứt reads as the word it hides', () => {
    expect(alertCats('c!ứt')).toContain('profanity');
  });
});

describe('a person likened to an animal or to rubbish', () => {
  it.each([
    'nhin may nhu con cho',
    'mặt như cái thùng rác',
    'mày như cái giẻ rách',
    'đồ con chuột',
    'do rac',
    'tao khinh mày',
    'oc heo a',
    'ur not invited',
    'you dont have any friends',
  ])('%s alerts as an insult', (text) => {
    expect(alertCats(text)).toContain('insult');
  });
  it.each([
    'Khỏe như con voi, nhanh như con sóc',
    'tớ ăn no như con lợn rồi',
    'phòng tớ bừa như bãi rác',
    'di do rac xong chua',
    'nhà tớ nuôi con chó tên Lu, nó ngủ như con heo',
    'mai tớ mang hamster đến lớp, nó bé như con chuột',
    'Lớp thú gồm: chó, mèo, lợn, bò, khỉ, chuột',
  ])('%s is no alert', (text) => {
    expect(alertCats(text)).toEqual([]);
  });
});

describe('disguised threats and self-harm read as the words they hide', () => {
  it('"t mu0n ch3t" is self-harm, not the slur its letters fold to', () => {
    const vs = classifyText('t mu0n ch3t');
    expect(vs.map((v) => v.category)).toContain('self-harm');
    expect(vs.map((v) => v.category)).not.toContain('hate');
  });
  it.each(['m ch3t vs t', 'tan hoc dung ve, t cho m an dam', 'u r d3ad'])('%s is a threat', (text) => {
    expect(alertCats(text)).toContain('threat');
  });
});

describe('first-person self-harm outside the fixed frames', () => {
  const selfHarm = (text: string) => classifyText(text).some((v) => v.category === 'self-harm');
  it.each([
    'nếu mình chết chắc cũng chẳng ai buồn',
    'em mệt lắm rồi, em muốn buông hết',
    'tớ đang cầm dao lam trên tay',
    'minh khong muon song tiep nua',
    'mình không đáng được sống',
    "i don't want to be here anymore",
    'nobody would care if i was gone',
  ])('%s is flagged for a check-in', (text) => {
    expect(selfHarm(text)).toBe(true);
  });
  it.each([
    'chắc em chết mất, mai thi rồi',
    'em uống thuốc hạ sốt rồi ạ',
    'Lão Hạc nghĩ về cái chết của mình',
    'em lên sân thượng phơi quần áo',
  ])('%s is no alert', (text) => {
    expect(alertCats(text)).toEqual([]);
  });
});

describe('grooming cues of the second round', () => {
  const cue = (text: string) => classifyText(text).some((v) => v.category === 'grooming');
  it.each([
    'anh là bạn của bố em',
    'anh chở em đi ăn kem nhé',
    'em gửi anh tấm ảnh đi',
    'chuyện này chỉ hai anh em mình biết thôi',
    'anh mua cho em cái điện thoại mới nhé',
    'bố mẹ em mấy giờ đi làm về',
    'nhà em có ai ở nhà không',
    'em xinh hơn mấy bạn cùng tuổi nhiều',
    'tối nay gọi video cho anh nhé, một mình thôi',
  ])('%s is a cue for review', (text) => {
    expect(cue(text)).toBe(true);
  });
  it.each(['Tớ thích con mèo', 'nhà tớ nuôi con chó tên Lu', 'Hôm nay nhà em có khách', 'gọi video nhóm cả lớp nhé'])(
    '%s is no cue',
    (text) => {
      expect(cue(text)).toBe(false);
    },
  );
});

describe('stars hiding words of threats and self-harm', () => {
  it('"em mu*n ch*t" is self-harm, not a slur', () => {
    const cats = classifyText('em mu*n ch*t').map((v) => v.category);
    expect(cats).toContain('self-harm');
    expect(cats).not.toContain('hate');
  });
  it('"t s* g**t m*y" is a threat', () => {
    expect(alertCats('t s* g**t m*y')).toContain('threat');
  });
  it('"đ*m thằng kia" is profanity, not a threat', () => {
    expect(alertCats('đ*m thằng kia')).toEqual(['profanity']);
  });
  it.each(['tao đ*m mày bây giờ', 'tan học t đ*m cho một nhát'])('"%s" is also a threat (đâm, to stab)', (text) => {
    expect(alertCats(text)).toContain('threat');
  });
  it.each(['đ*m mày ngu thế', 'đ*m, khó thế'])('"%s" opens with the oath: no threat', (text) => {
    expect(alertCats(text)).not.toContain('threat');
  });
});

describe('a blow promised to someone', () => {
  it.each(['t xiên cho mấy nhát giờ', 'bọn tao tẩn nó một trận nhớ đời', 'tao đánh cho m một trận'])(
    '"%s" is a threat',
    (text) => {
      expect(alertCats(text)).toContain('threat');
    },
  );
  it.each(['tối nay tao đánh một trận rank nữa rồi ngủ', 'hôm qua bố đánh cho một trận, đau lắm'])(
    '"%s" is no threat (a game; a child telling of home)',
    (text) => {
      expect(alertCats(text)).not.toContain('threat');
    },
  );
});

describe('context for words that are also lesson talk', () => {
  it('an adjective drilled with its antonym is a review, not an alert', () => {
    const vs = classifyText("Teacher: Look at the picture. Is he fat or thin? – He's fat.");
    expect(vs.filter((v) => v.tier === 'alert')).toEqual([]);
  });
  it('the same adjective aimed at someone alerts', () => {
    expect(alertCats('you are fat')).toContain('insult');
  });
  it('a dog barking at strangers is no insult; a person told off for "barking" is', () => {
    expect(alertCats('Nó hay sủa người lạ')).toEqual([]);
    expect(alertCats('mày sủa cái gì')).toContain('insult');
  });
  it.each(['thang dien', 'do an hai', 'ngu ngoc vl'])('unaccented insult %s alerts', (text) => {
    expect(alertCats(text)).toContain('insult');
  });
});

describe('a child telling an adult what is done to them', () => {
  it.each(['thầy ơi bạn Long dọa đánh em', 'cô ơi em bị các bạn bắt nạt', 'they keep calling me fat and ugly'])(
    '%s is flagged for review, never an alert against the child',
    (text) => {
      const vs = classifyText(text);
      expect(vs.length).toBeGreaterThan(0);
      expect(vs.filter((v) => v.tier === 'alert')).toEqual([]);
    },
  );
  it.each(['Quân Nguyên bị đánh tan ở Bạch Đằng năm 1288', 'Bạn nào bị bắt nạt thì báo ngay cho cô chủ nhiệm nhé'])(
    '%s (a lesson) is not flagged',
    (text) => {
      expect(classifyText(text)).toEqual([]);
    },
  );
});

describe('more first-person self-harm', () => {
  const selfHarm = (text: string) => classifyText(text).some((v) => v.category === 'self-harm');
  it.each([
    'em là gánh nặng của cả nhà',
    'mình tự rạch đùi',
    'vĩnh biệt mọi người',
    "i can't take it anymore",
    'i took all my pills',
  ])('%s is flagged for a check-in', (text) => {
    expect(selfHarm(text)).toBe(true);
  });
});

describe('a sound that names a letter only in an oath', () => {
  it('"đê mê mày" is profanity; "say đê mê" (rapture) is not', () => {
    expect(alertCats('đê mê mày')).toContain('profanity');
    expect(classifyText('say đê mê')).toEqual([]);
  });
});

describe('exclusion and threats in other wordings', () => {
  it.each(['không ai thèm chơi với mày', 'tẩy chay nó đi', 'who even invited you', 'mày sẽ phải trả giá'])(
    '%s alerts',
    (text) => {
      expect(alertCats(text).length).toBeGreaterThan(0);
    },
  );
  it.each(['t danh m', 'tao dap chet may'])('unaccented %s is a threat', (text) => {
    expect(alertCats(text)).toContain('threat');
  });
  it.each(['Bạn nào chưa có nhóm thì làm nhóm với bạn Lan nhé', 'Who invited the guest speaker?'])(
    '%s stays clean',
    (text) => {
      expect(classifyText(text)).toEqual([]);
    },
  );
});

describe('exclusion and passive ideation in more wordings', () => {
  const selfHarm = (text: string) => classifyText(text).some((v) => v.category === 'self-harm');
  it.each(['nobody is gonna pick you for the team lol', 'ew dont sit with us'])('"%s" is an insult', (text) => {
    expect(alertCats(text)).toContain('insult');
  });
  it.each(['nobody is gonna believe this lol', 'Sit with us at lunch, we saved you a seat!'])(
    '"%s" is no insult',
    (text) => {
      expect(alertCats(text)).not.toContain('insult');
    },
  );
  it.each([
    'everyone would be happier if i was gone',
    'mọi người sẽ vui hơn nếu không có em',
    'em chẳng muốn tồn tại nữa',
    'em muốn ngủ một giấc không bao giờ dậy',
    'em không muốn tỉnh dậy nữa',
  ])('"%s" is self-harm (review at least)', (text) => {
    expect(selfHarm(text)).toBe(true);
  });
  it.each([
    'hôm qua em ngủ không dậy nổi, suýt muộn học',
    'Everyone will be happier if we finish the project early',
    'cả lớp sẽ vui hơn nếu em làm bài đầy đủ',
  ])('"%s" is not self-harm', (text) => {
    expect(selfHarm(text)).toBe(false);
  });
});
