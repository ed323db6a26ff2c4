/**
 * Tests read the meeting tab's strings in both languages; the tab loads its one language's table
 * before it shows anything (src/content/messages.ts), so the tests load both before they start.
 */
import { loadMessages } from '../../src/content/messages';

await Promise.all([loadMessages('en'), loadMessages('vi')]);
