/**
 * Why a participant, share or child-advice rule fired, in the reader's language (`why_*` in _locales):
 * a finding's `evidence.detail` is the detector's own note in English, kept in the log and the JSON
 * export, while notifications and the report say it in the teacher's words.
 */
export const whyKey = (ruleId: string): string => `why_${ruleId.replace(/[.-]/g, '_')}`;

/** The rule's sentence, or null for a rule without one (chat rules quote the words instead). */
export function ruleWhy(t: (key: string) => string, ruleId: string): string | null {
  const key = whyKey(ruleId);
  const said = t(key);
  return said === key ? null : said;
}
