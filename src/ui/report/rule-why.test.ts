import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../common/protocol';
import { translator } from '../i18n';
import { storedFinding } from './sample-log';
import { sentence } from './sentences';

const finding = (ruleId: string, category: string, evidence: Record<string, unknown>): StoredEvent =>
  storedFinding({ ruleId, category, name: 'Khách', evidence });

describe("a finding's reason, in the report", () => {
  const hijack = finding('share.hijack', 'screen-share', {
    detail: '"Khách" started sharing while the teacher ("Cô Lan") was presenting',
  });

  it("is said in the report's language, not in the detector's English note", () => {
    const vi = sentence(hijack, translator('vi'));
    expect(vi).toContain('Chen ngang chia sẻ màn hình khi giáo viên đang trình bày.');
    expect(vi).not.toContain('started sharing');
    expect(sentence(hijack, translator('en'))).toContain('Started sharing while the teacher was presenting.');
  });

  it("keeps the detector's note for a rule without a sentence, and the words for chat", () => {
    const t = translator('vi');
    expect(sentence(finding('future.rule', 'raid', { detail: 'a note' }), t)).toContain('a note');
    expect(sentence(finding('chat.profanity', 'profanity', { text: 'đm', detail: 'x' }), t)).toContain('“đm”');
  });
});
