import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const cues = (text: string) => classifyText(text).filter((v) => v.category === 'grooming');

describe('the child found after a word ending in "em"', () => {
  it('"xem em" names the child', () => {
    expect(cues('anh muốn xem em').length).toBeGreaterThan(0);
    expect(cues('chú muốn xem bài của em')).toEqual([]);
  });
});

describe('grooming cues by family, whichever words fill the slots', () => {
  it.each([
    // secrecy between the two of them
    'chuyện này là bí mật giữa hai anh em mình thôi',
    "let's keep this between you and me",
    // money sent or offered
    'chú chuyển cho cháu 500k tiêu Tết nhé',
    'bé cần gì cứ nhắn chú',
    'i can buy you vbucks',
    // a move to an app to talk freely
    'mình sang messenger nhắn cho kín đáo nhé e',
    'add me on discord',
    // waiting somewhere, praised above classmates, intimate questions, parents pushed aside
    'anh ngồi chờ em ở quán nước đầu ngõ',
    'cháu xinh hơn hẳn mấy đứa trong lớp',
    'em từng nắm tay ai chưa',
    'have u ever kissed anyone',
    'ba mẹ em có bao giờ quan tâm em đâu',
    'ur mom would never understand',
    // messages deleted, a gift to take, a meeting, age and bed, the only one who understands
    'xoá hết tin nhắn với chú đi nhé',
    'không ai được biết chuyện này đâu nhé e',
    'chú có cái tai nghe mới, cháu qua lấy nhé',
    'chiều xuống sân chung cư gặp anh nhé',
    'bé hiểu chuyện trước tuổi quá',
    'em trên 16 chưa',
    'tối em ngủ riêng hả',
    'cứ tin anh là được',
    'send me another selfie',
    // plain cues with the adult named
    'kết bạn zalo với chú nha',
    'bé có xài insta hông',
    'quay clip gửi anh nhé',
    'anh muốn ngắm em',
    'muốn gì chú mua cho',
    'cuối tuần đi cà phê với anh không',
    'hẹn em tối mai nha',
    'bi mat nha e',
    // calls, pictures, wanting to meet, the adult above the parents, home and absences asked
    'tối chú gọi video cho cháu nhé',
    'anh muốn nghe giọng em',
    'mình tâm sự riêng nha',
    'chú thèm ngắm ảnh của bé',
    'anh mong gặp riêng em',
    'giữ bí mật giúp chú nhé',
    'anh thương em hơn cả bố mẹ em',
    'cho chú xin địa chỉ nhà cháu',
    'ba mẹ bé có hay vắng nhà không',
    'em sống một mình à',
    // as strangers type them
    'kb zl nha bé',
    'chú làm ny cháu nha',
    'cho chú xin vài tấm ảnh',
    'gọi video nhé em',
    'e lên lp mấy r',
    // lures
    'tối qua nhà chú chơi nha',
    'lên xe anh chở về',
    'chị có việc nhẹ lương cao cho em',
    'a chỉ e cách kiếm tiền online',
    // English twins
    "let's meet somewhere",
    'come over to my place',
    'r u a virgin',
    'take off ur shirt',
  ])('%s → grooming cue', (text) => {
    expect(cues(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Cô đợi các em ở phòng 3 nhé',
    'Lan giỏi hơn các bạn ở môn toán',
    'Mẹ chuyển tiền ăn bán trú cho cô rồi ạ',
    'gửi file qua zalo cho tiện nha',
    "Let's meet at the park at 5",
    'Do you have a pen?',
    'Nhân vật hôn người yêu trước khi ra trận',
    'Bài này là bí mật của hai nhà khoa học',
    'Các em xóa tin nhắn spam trong nhóm giúp cô',
    'em ra cổng gặp anh trai rồi về',
    'Trương Phi mắng: "còn mặt mũi nào đến gặp tao"',
    'Send me a photo of your homework, please.',
    'Đủ 18 tuổi mới được thi bằng lái xe máy',
    'hẹn gặp lại các em tuần sau',
    'Em thích con mèo nhà bà',
    'bí mật nha',
    'Các em không nói chuyện riêng trong giờ học',
    'Thầy muốn gặp em sau giờ học',
    'Mẹ em hay đi công tác xa',
    'Địa chỉ nhà em là gì để cô ghi vào sổ liên lạc',
    'Do you want a present for your birthday?',
    'cho a xin ảnh chụp bài tập với',
    'kb Zalo đi để gửi bài',
    'chiều nay qua nhà anh Nam học nhóm',
    'lên xe anh trai chở về',
    'bố mẹ em không hiểu em, em buồn lắm cô ạ',
    'anh ơi gọi video cho em chỉ bài với',
    'cho anh xin ảnh lớp mình đi dã ngoại',
    'anh muốn xem em thi đấu',
    'tối nay em rảnh không, mình học nhóm',
    'con ngủ một mình hay ngủ với mẹ',
    'Take off your shoes before you come in',
    "Let's meet at the library at 3",
  ])('%s → no grooming cue', (text) => {
    expect(cues(text)).toEqual([]);
  });
});

describe('the pair the adult makes with the child, and a pick-up for an outing', () => {
  it('"hai chú cháu mình" is the two of them, not a parent writing of their child', () => {
    expect(cues('hai chú cháu mình có bí mật riêng ha').length).toBeGreaterThan(0);
    expect(cues('con em ở nhà một mình buổi chiều')).toEqual([]);
  });

  it('the adult coming to take the child out, the child left unsaid', () => {
    expect(cues('e o dau vay, a qua don di choi').length).toBeGreaterThan(0);
    expect(cues('anh qua đón đi chơi nhé').length).toBeGreaterThan(0);
    expect(cues('bố qua đón đi ăn nhé')).toEqual([]);
  });
});
