import { describe, expect, it } from 'vitest';
import { classifyText } from './classify';

const insultAlert = (text: string) => classifyText(text).some((v) => v.category === 'insult' && v.tier === 'alert');
const insultAny = (text: string) => classifyText(text).some((v) => v.category === 'insult');

describe('a put-down the writer says of themselves is self-talk, not an alert against the child', () => {
  it.each(['tớ là đồ ngốc', 'mình đúng là đồ vô dụng', 't là đồ ngu thật', 'tui thật là đồ ngốc'])(
    '%s → insult at review, never an alert',
    (text) => {
      expect(insultAny(text)).toBe(true);
      expect(insultAlert(text)).toBe(false);
    },
  );

  it.each(['mày là đồ vô dụng', 'em đúng là đồ ngu', 'tớ ghét nó, nó là đồ ngốc'])('%s → still an alert', (text) => {
    expect(insultAlert(text)).toBe(true);
  });
});
