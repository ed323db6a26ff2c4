import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function classify(
  input: string,
  args: string[] = [],
): { code: number | null; lines: { text: string; verdicts: { category: string; tier: string }[] }[] } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/classify.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return {
    code: r.status,
    lines: r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  };
}

// Each case starts the script in a child process: slow on a busy machine, hence the generous timeout.
describe('npm run classify', { timeout: 60_000 }, () => {
  it('prints one JSON verdict line per input line, hostile lines included', () => {
    const input =
      [
        'địt mẹ mày',
        'cô ơi em nộp bài rồi ạ',
        '',
        '\u0001\u202e\u200bzoom.us/j/81234567890',
        'a '.repeat(50_000) + 'đụ má',
      ].join('\n') + '\n';
    const { code, lines } = classify(input);
    expect(code).toBe(0);
    expect(lines).toHaveLength(5);
    expect(lines[0]!.verdicts.map((v) => v.category)).toEqual(['profanity']);
    expect(lines[1]!.verdicts).toEqual([]);
    expect(lines[2]).toEqual({ text: '', verdicts: [] });
    expect(lines[3]!.verdicts.map((v) => v.category)).toEqual(['link']);
    expect(lines[4]!.verdicts.map((v) => v.category)).toContain('profanity');
  });
  it('takes teacher word lists as options', () => {
    const input = 'ăn bánh bao\nđồ chó\n';
    expect(classify(input).lines.map((l) => l.verdicts.length)).toEqual([0, 1]);
    const { lines } = classify(input, ['--blocked=bánh bao', '--allowed=đồ chó']);
    expect(lines[0]!.verdicts.map((v) => v.category)).toEqual(['blocked-word']);
    expect(lines[1]!.verdicts).toEqual([]);
  });
});
