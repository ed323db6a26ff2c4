/** The text the teacher pastes into the meeting chat: the class's own rules, else the default in the teacher's language. */
import type { ClassConfig } from './classes';

export function rulesText(cls: Pick<ClassConfig, 'rules'> | null | undefined, defaultRules: string): string {
  const own = cls?.rules?.trim() ?? '';
  return own || defaultRules;
}
