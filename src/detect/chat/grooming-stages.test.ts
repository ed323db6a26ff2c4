import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const grooming = (text: string) => classifyText(text).filter((v) => v.category === 'grooming');

describe('grooming cues by stage, whoever speaks and however it is worded', () => {
  it.each([
    // praise set above the other children
    'anh thấy em dễ thương lắm',
    'bác thấy bé ngoan nhất xóm',
    'em xinh hơn mấy đứa trong lớp nhiều',
    'chú mê bé luôn',
    "you're cuter than the other girls",
    // the only one who cares; confide in him; not like other adults
    'chỉ có chú là thực sự thương cháu',
    'có gì buồn cứ kể với anh nha',
    'anh không giống bố mẹ em đâu',
    'đừng nghe lời thầy cô em',
    "your parents don't understand u",
    // secrets
    'bí mật của anh với em thôi',
    'a hứa sẽ không kể cho ai',
    'không ai biết chuyện hai đứa đâu',
    // money and gifts
    'chú bank cho cháu luôn',
    'em thích mua gì cứ bảo',
    'muốn nhận quà không',
    'anh sẽ tặng em đôi giày',
    'anh có mấy cái skin em thích không',
    // apps
    'bé có tiktok không',
    'em có nick zalo chưa',
    'lets chat on discord',
    // pictures of the body
    'gửi ảnh mặc đồ ngủ đi',
    'quay clip cho chú coi nhé',
    'kéo váy lên cho anh xem',
    'show me how u look',
    // meeting
    'qua quán net đầu ngõ đi nha anh chờ',
    'chú dẫn cháu đi xem phim',
    'anh ghé nhà em nhé',
    // age and when the parents come home
    'cháu cỡ 13 tuổi nhỉ',
    'em năm nay lên lớp mấy',
    'bố mẹ em tối mấy giờ mới về',
    'anyone home with you',
  ])('%s → grooming review', (text) => {
    const vs = grooming(text);
    expect(vs.length).toBeGreaterThan(0);
    expect(vs.every((v) => v.tier === 'review')).toBe(true);
  });

  it.each([
    'bố qua đón con đi ăn nhé',
    'bo qua don con di an nhe',
    'Em sinh nam bao nhieu de co ghi vao so',
    'Mẹ ơi chiều nay mẹ đón con ở cổng sau nhé',
    'Con ở nhà ngoan, mẹ đi làm 6h về',
    'Bé ơi con mấy tuổi rồi, cô ghi vào phiếu nhé',
    'Em sinh năm bao nhiêu để cô ghi vào sổ',
    'Lan ơi em đang ở đâu, cả lớp đợi em',
    'Ê tối nay chơi liên quân không, tao nạp thẻ rồi',
    'Chụp ảnh bài giải cho anh xem bài với',
    'Cô thấy em tiến bộ hơn nhiều',
    'Ảnh chụp người dân vùng lũ',
    'Em có nick zalo chưa để cô thêm vào nhóm lớp',
  ])('a parent, a teacher or classmates: %s has no grooming cue', (text) => {
    expect(grooming(text)).toEqual([]);
  });

  it("a stranger naming the parents as the child's is still asking", () => {
    expect(grooming('bố mẹ em đi làm chưa')).not.toEqual([]);
    expect(grooming('chú qua đón cháu đi ăn nhé, mẹ cháu nhờ chú rồi')).not.toEqual([]);
  });
});
