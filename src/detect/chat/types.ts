import type { FindingCategory, Severity, Tier } from '../../common/model';

/** The chat categories of FindingCategory (issue 5). */
export type ChatCategory = Extract<
  FindingCategory,
  | 'profanity'
  | 'insult'
  | 'sexual'
  | 'threat'
  | 'self-harm'
  | 'grooming'
  | 'hate'
  | 'spam'
  | 'link'
  | 'personal-info'
  | 'blocked-word'
>;

export interface Verdict {
  category: ChatCategory;
  severity: Severity;
  tier: Tier;
  /** [start, end) in the original text. */
  span: [number, number];
  ruleId: string;
  /** Who the words are aimed at, as written ("mày", "@Nam", "you"), when a rule needed one. */
  target?: string;
}

export interface ChatOptions {
  /** Teacher-defined words or phrases that always count (category blocked-word). */
  blockedWords?: string[];
  /** Teacher-defined words or phrases that never count, whatever the lexicon says. */
  allowedWords?: string[];
  /** The school's own domains (links and e-mail addresses there are not flagged), e.g. "school.edu.vn". */
  schoolDomains?: string[];
}
