/** The safety guide, opened for the meeting tab (which cannot open extension pages itself). */
import { extensionUrl } from '../browser/runtime';
import { openTab } from '../browser/tabs';

export async function openGuide(lang: 'vi' | 'en'): Promise<void> {
  await openTab(extensionUrl(`src/ui/guide/index.html?lang=${lang}`));
}
