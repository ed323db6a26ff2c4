import { describe, expect, it } from 'vitest';
import { classSchema } from './classes';
import { rulesText } from './class-rules';

describe('class rules', () => {
  it('a class without rules gets the default text, a class with rules its own', () => {
    const plain = classSchema.parse({ id: 'a', name: 'Lớp 6A' });
    expect(plain.rules).toBe('');
    expect(rulesText(plain, 'Nội quy mặc định')).toBe('Nội quy mặc định');
    const own = classSchema.parse({ id: 'b', name: 'Lớp 7B', rules: '  1. Vào lớp bằng tên thật.\n' });
    expect(rulesText(own, 'Nội quy mặc định')).toBe('1. Vào lớp bằng tên thật.');
    expect(rulesText(null, 'Default')).toBe('Default');
  });

  it('rules longer than one chat message are refused', () => {
    expect(classSchema.safeParse({ id: 'c', name: 'Lớp 8C', rules: 'x'.repeat(2_001) }).success).toBe(false);
  });
});
