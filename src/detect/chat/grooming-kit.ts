/** What the grooming cue files share: who is who in a stranger's message, and how a cue is made. */
import data from './data/templates.json';
import { H, T, alternatives, type Template } from './template-kit';

export const ADULT = `(?:${alternatives(data.himStrict)})`;
export const YOUNG = `(?:${alternatives(data.young)})`;
export const PARENT = '(?:bố|mẹ|ba|má|bố mẹ|ba mẹ|bme|gia đình|người nhà)';
/** Apps a stranger moves the child to; each name is also a screen word of the cues that name one. */
export const APP_WORDS = [
  ...['zalo', 'telegram', 'tele', 'messenger', 'mess', 'facebook', 'face', 'instagram', 'insta', 'ig'],
  ...['snapchat', 'snap', 'discord', 'tiktok', 'viber'],
];
export const APP = `(?:${APP_WORDS.join('|')})`;

/** A review cue; `words` are its screen: words every match holds, in the line the view names. */
export const groomingCue = (
  family: Template['family'],
  view: Template['view'],
  re: string,
  words: string[],
): Template => ({
  id: `chat.grooming.${family}`,
  family,
  cat: 'grooming',
  sev: 2,
  tier: 'review',
  view,
  hint: view === 'acc' ? H({ acc: words, fold: [] }) : H({ acc: [], fold: words }),
  re: T(re),
});
