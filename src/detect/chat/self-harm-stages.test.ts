import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const selfHarm = (text: string) => classifyText(text).filter((v) => v.category === 'self-harm');

describe('self-harm by intent, whichever first person and wording', () => {
  it.each([
    // not waking again; no point; a burden
    'giá như tớ không phải tỉnh dậy nữa',
    'chỉ mong sáng mai khỏi thức dậy luôn',
    'sống để làm gì nữa',
    'con sống chỉ làm phiền ba mẹ thôi',
    // death to get it over with, said of oneself
    'buồn quá chết quách cho rồi',
    'die đi cho yên',
    'chắc tui phải chết',
    // means bought, hidden, held
    'tớ giấu mấy lọ thuốc ngủ trong tủ',
    'tui có sẵn dao lam rồi',
    // goodbyes that are final
    'mình viết thư tuyệt mệnh rồi',
    'đừng tìm em nữa',
    'mọi người đừng khóc khi tớ mất nhé',
    'hẹn gặp lại ở kiếp sau',
    'mn nuôi con chó hộ t nha, t đi luôn',
    'cảm ơn cả nhà vì tất cả, vĩnh biệt',
    // leaving for good; no reason to stay
    'lần này em đi mãi không quay lại đâu',
    'chẳng còn động lực gì để sống',
    // English
    'i wish i could vanish',
    'im such a burden',
    'been stockpiling my meds',
    'heres my last post',
  ])('%s → self-harm review', (text) => {
    const vs = selfHarm(text);
    expect(vs.length).toBeGreaterThan(0);
  });

  it.each([
    'ước gì mai không phải thức dậy sớm đi học',
    'Ngộ độc thuốc chuột: triệu chứng và cách sơ cứu',
    'Thuốc ngủ chỉ dùng khi bác sĩ kê đơn',
    'Viết thư cho bố mẹ kể về một ngày ở trường',
    'mai t đi luôn không về nhà, ở lại trường học nhóm',
    'Tạm biệt các em, cô đi họp đây',
    'Goodbye everyone, see you next lesson!',
    'Cảm ơn mọi người, mai gặp lại nhé',
    'Lớp mình mua dây thừng cho tiết thể dục kéo co ạ',
  ])('lesson and home talk: %s is not self-harm', (text) => {
    expect(selfHarm(text)).toEqual([]);
  });

  it("death wished on someone else is not read as the writer's", () => {
    expect(selfHarm('thằng kia chết đi cho rảnh').some((v) => v.ruleId === 'chat.self-harm.ideation')).toBe(false);
  });
});
