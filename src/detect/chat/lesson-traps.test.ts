import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const cats = (text: string) => classifyText(text).map((v) => `${v.category}/${v.tier}`);

describe('lesson talk that shares words with harm', () => {
  it('two capitals naming points or explained as an abbreviation are not the oath', () => {
    expect(cats('DM là đường trung tuyến hả bạn')).toEqual([]);
    expect(cats('cho tam giác ABC, DM vuông góc AB')).toEqual([]);
    expect(cats('DM nghĩa là direct message đúng không')).toEqual([]);
    // Aimed at someone, or typed as a phone types it, it still is.
    expect(cats('DM mày vẽ xấu thế')).toContain('profanity/alert');
    expect(cats('Dm đường lag quá')).toContain('profanity/alert');
    expect(cats('dm vẽ xấu vl')).toContain('profanity/alert');
  });

  it('the abbreviation of a vessel in a lesson on the circulation is not the oath', () => {
    expect(cats('Động mạch (ĐM) đưa máu đi nuôi cơ thể')).toEqual([]);
    expect(cats('Huyết áp ở ĐM cao hơn ở TM')).toEqual([]);
    expect(cats('Cục máu đông làm tắc ĐM não')).toEqual([]);
    expect(cats('Đo nhịp đập ở thành ĐM cổ tay')).toEqual([]);
    // Capitals are how the oath is shouted too: opening a line, closing it, or aimed.
    expect(cats('ĐM học chán thế')).toContain('profanity/alert');
    expect(cats('bài tập gì mà nhiều thế ĐM')).toContain('profanity/alert');
    expect(cats('ĐM mày, tim tao đập mạnh quá')).toContain('profanity/alert');
  });

  it("an insult the author or a character of a studied text says is the text's, worth a look at most", () => {
    expect(cats('Nhà thơ ví bọn xâm lược như lũ chó sói')).toEqual(['insult/review']);
    expect(cats('Nhân vật lão Hạc mắng con chó là đồ chó má')).toEqual(['insult/review']);
    expect(cats('mày như lũ chó sói')).toContain('insult/alert');
  });

  it('a letter name followed by the word it makes a compound with is a word', () => {
    expect(cats('đê mờ nhạt dần trên bản đồ là sao cô')).toEqual([]);
    expect(cats('đê mờ')).toContain('profanity/alert');
    expect(cats('đê mờ mày')).toContain('profanity/alert');
  });

  it('a sentence talked about as language, or a parent writing of their own child, holds no cue', () => {
    expect(cats('"Giữ bí mật nhé" là câu cầu khiến đúng ko cô')).toEqual([]);
    expect(cats('Are you home alone? dịch là gì cô')).toEqual([]);
    expect(cats('con em ở nhà một mình buổi chiều, có ai đón giùm không ạ')).toEqual([]);
    expect(cats('Em gửi ảnh con đi học để cô xem nhé')).toEqual([]);
    expect(cats('e ở nhà 1 mình à')).toContain('grooming/review');
    expect(cats('gửi ảnh em cho anh xem')).toContain('grooming/review');
  });

  it('self-harm words in a grammar or first-aid question are worth a look, not an alert', () => {
    expect(cats('"I want to die" là câu đúng ngữ pháp không cô?')).toEqual(['self-harm/review']);
    expect(cats('cắt tay bị chảy máu thì sơ cứu thế nào')).toEqual(['self-harm/review']);
    expect(cats('i want to die')).toContain('self-harm/alert');
  });

  it('capitals naming a figure are its points, whatever short form they spell', () => {
    expect(cats('Cho tam giác CLM vuông tại C')).toEqual([]);
    expect(cats('Đoạn thẳng VCL dài 5 cm')).toEqual([]);
    expect(cats('CLM')).toContain('profanity/alert');
    expect(cats('tam giác C.L.M')).toContain('profanity/alert');
    expect(cats('tam giác CLM mày')).toContain('profanity/alert');
  });

  it('a cut letter may close with teencode for vậy or gì', () => {
    expect(cats('cái l gì v')).toContain('profanity/alert');
    expect(cats('đồ l j')).toContain('profanity/alert');
    expect(cats('chữ c à')).toEqual([]);
  });

  it('a meeting in a room pupils study in, or a photo of schoolwork, holds no cue', () => {
    expect(cats('anh chờ em ở thư viện')).toEqual([]);
    expect(cats('chị đợi em tại phòng thí nghiệm lúc 2h nha')).toEqual([]);
    expect(cats('em gửi anh ảnh chụp đề')).toEqual([]);
    expect(cats('e gui a anh chup de nhe')).toEqual([]);
    // Behind the library, at the gate, or a photo of the child are still cues.
    expect(cats('chú đợi cháu ở sau thư viện')).toContain('grooming/review');
    expect(cats('anh chờ em ở cổng trường nhé')).toContain('grooming/review');
    expect(cats('gửi anh ảnh chụp người em đi')).toContain('grooming/review');
  });

  it("a burden to one's group is worth a look, a burden to the family an alert", () => {
    expect(cats('mình thấy mình là gánh nặng của nhóm')).toEqual(['self-harm/review']);
    expect(cats('tớ sợ mình là gánh nặng cho cả nhóm thuyết trình')).toEqual(['self-harm/review']);
    expect(cats('mình thấy mình là gánh nặng của gia đình')).toContain('self-harm/alert');
    expect(cats('em là gánh nặng của lớp, em muốn chết')).toContain('self-harm/alert');
  });
});
