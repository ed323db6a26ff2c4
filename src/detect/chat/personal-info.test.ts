import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const school = (text: string) => classifyText(text).filter((v) => v.ruleId === 'chat.personal-info.school');

describe("a child's name with their school", () => {
  it.each([
    'em tên Lan học lớp 7A2 trường THCS Nguyễn Du',
    'mình là Minh, lớp 6A1 trường Lê Quý Đôn',
    'con tôi là Nguyễn Văn An, lớp 3B trường tiểu học Kim Đồng',
    'e ten nam, lop 9a1 thcs nguyen trai',
    'tên mình là Hà, mình học THPT Kim Liên',
    "my name is Lan, I'm in class 7A2 at Nguyen Du secondary school",
    "hi i'm Sarah, grade 7 at Hanoi Academy",
  ])('%s → personal information, review', (text) => {
    const found = school(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.tier).toBe('review');
    expect(found[0]!.category).toBe('personal-info');
  });

  it('spans the name and the school as the child typed them', () => {
    const text = 'Chào cả nhà, em tên Lan học lớp 7A2 trường THCS Nguyễn Du ạ';
    const [v] = school(text);
    expect(text.slice(v!.span[0], v!.span[1])).toBe('em tên Lan học lớp 7A2 trường THCS Nguyễn Du');
  });

  it('not a school named without a child, a child without a school, nor "my school"', () => {
    for (const text of [
      'trường THCS Nguyễn Du thông báo nghỉ học ngày mai',
      'cô ơi em là Lan lớp 7A2, em xin phép vào muộn',
      'mình là lớp trưởng 8A3, các bạn điểm danh nhé',
      'em là học sinh lớp 10A1 trường em rất đẹp',
      'I go to school by bike. My school is big.',
      'tên trường mình đặt theo tên Võ Thị Sáu',
      "I'm late for school today",
    ])
      expect(school(text), text).toEqual([]);
  });
});
