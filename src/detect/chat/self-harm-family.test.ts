import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const selfHarm = (text: string) => classifyText(text).filter((v) => v.category === 'self-harm');

describe('self-harm by family, whichever words fill the slots', () => {
  it.each([
    // never born, not waking
    'ước gì tớ chưa bao giờ được sinh ra',
    'thà con đừng có mặt trên đời này',
    'i wish i was never born',
    'tui chẳng muốn tỉnh dậy thêm lần nào nữa',
    'em chỉ mong được ngủ rồi không bao giờ thức dậy',
    'mình muốn ngủ mãi mãi',
    // a life without meaning or a way out
    'cuộc sống của tớ vô nghĩa lắm rồi',
    'sống chẳng có mục đích gì',
    'tui không còn hy vọng gì nữa',
    // ending everything, at a height, vanishing, slang
    'tớ chỉ muốn kết thúc mọi chuyện tối nay',
    'con đang ngồi trên lan can một mình',
    'ước gì biến mất khỏi thế gian này',
    'muốn chít quá',
    // English
    'bye forever guys',
    "i won't be around much longer",
    'im so tired of living',
    'i cant do this anymore',
  ])('%s → self-harm (review counts)', (text) => {
    expect(selfHarm(text).length).toBeGreaterThan(0);
  });

  it.each([
    'em không muốn dậy sớm nữa đâu',
    'sáng mai em phải thức dậy lúc 5 giờ',
    'Cô muốn kết thúc tiết học ở đây',
    'kết thúc tất cả các bài tập trước thứ 6 nhé',
    'em đứng trên sân thượng ngắm pháo hoa',
    'bài toán này vô nghĩa nếu thiếu dữ kiện',
    'Đoạn văn có ý nghĩa gì?',
    'bạn Lan biến mất khỏi nhóm rồi',
    'it was nice to meet you',
    'goodbye everyone, see you next week',
    'I am tired of this rain',
  ])('%s → no self-harm', (text) => {
    expect(selfHarm(text)).toEqual([]);
  });

  it.each([
    'mình chỉ là gánh nặng của cả nhà thôi',
    'tui tuyệt vọng lắm rồi',
    't bế tắc quá, ko biết làm sao',
    'em thấy bản thân vô giá trị',
    'tớ cho em gái hết đồ rồi, để lại hết đồ cho nó',
    'i feel so worthless',
    "they'd all be better off without me",
    "i've been thinking about ending it",
    'con không thấy lối thoát nào',
    // worthless, hope lost, giving up, gone tomorrow, farewell
    'tớ đúng là đồ bỏ đi',
    'mình mất hết hy vọng rồi',
    'tui mệt mỏi quá muốn buông xuôi',
    'sống chi nữa',
    'tối nay sẽ không còn tớ nữa',
    'vĩnh biệt mọi người',
    'e chỉ mún ngủ hoài ko dậy',
    'tớ muốn ngủ rồi không bao giờ dậy',
    'con không còn đủ sức để sống tiếp',
    'tui thấy mình không nên tồn tại',
    'từ mai các bạn sẽ không gặp tớ nữa',
    'em để thư từ biệt cho bố mẹ rồi',
    'đời tớ coi như xong',
    'mình không muốn làm khổ gia đình nữa',
    'theres no point in living',
  ])('%s → despair near the writer (review)', (text) => {
    expect(selfHarm(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Bài văn nói về sự tuyệt vọng của nhân vật',
    'hai bạn đi cùng đường về nhà',
    'Người nông dân gánh nặng trên vai ra chợ',
    'em tìm lối ra của mê cung trong game',
    'Is there a way out of the maze?',
    'We are better off with a calculator',
    'Vĩnh biệt Cửu Trùng Đài là đoạn trích trong vở kịch nào?',
    'máy tính này vô dụng thật',
    'Cắt giấy xong rồi, cut again the other side',
    'Em viết thư cuối năm cho cô giáo',
    'Viết thư để lại lời nhắn cho bạn cùng lớp',
    'em không muốn dậy',
    'Không nên sống thiếu mục tiêu',
    'tớ tuyệt vọng với môn hóa rồi',
    'em bế tắc ở câu 3',
    'em không còn hy vọng đạt điểm 10',
    'đời em thế là hết, mai thi toán',
    'từ mai các bạn sẽ không thấy tớ nữa, tớ chuyển trường rồi',
    'Tôi không nên sống ích kỷ',
    'nothing matters anymore except the final',
  ])('%s → no despair word of the writer', (text) => {
    expect(selfHarm(text)).toEqual([]);
  });

  it('a means named in advice is a health lesson: review at most, never an alert', () => {
    for (const text of [
      'Không được uống thuốc ngủ khi chưa có chỉ định của bác sĩ',
      'Tuyệt đối không tự ý dùng thuốc ngủ',
    ])
      expect(
        classifyText(text).some((v) => v.tier === 'alert'),
        text,
      ).toBe(false);
    expect(classifyText('tối nay em uống thuốc ngủ').some((v) => v.category === 'self-harm')).toBe(true);
  });
});
