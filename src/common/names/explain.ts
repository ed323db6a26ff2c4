/**
 * Why a name looks suspicious, character by character: the look-alike letters of another script and
 * the invisible or direction-changing characters, each marked and named, for the popup and the panel.
 */
import { visibleText } from '../visible-text';
import { lookalikeOf, scriptOf } from './confusables';

export type MarkKind = 'lookalike' | 'invisible' | 'bidi';

export interface NameSegment {
  /** As shown: an invisible character as its ⟦U+200B⟧ marker. */
  text: string;
  mark?: {
    kind: MarkKind;
    /** "U+0430". */
    code: string;
    /** lookalike: the letter's script ("Cyrillic", "Greek"…) and the Latin letter it passes for. */
    script?: string;
    looksLike?: string;
  };
}

/** Characters that reorder what follows them. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** Past it the name is cut: the evidence is for reading, the log keeps it whole. */
const CHARS_MAX = 160;

const codeOf = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export function explainName(name: string): NameSegment[] {
  const out: NameSegment[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ text: plain });
    plain = '';
  };
  let n = 0;
  for (const ch of name.normalize('NFC')) {
    if (++n > CHARS_MAX) {
      plain += '…';
      break;
    }
    const shown = visibleText(ch);
    if (shown !== ch || BIDI.test(ch)) {
      flush();
      out.push({
        text: shown === ch ? `⟦${codeOf(ch)}⟧` : shown,
        mark: { kind: BIDI.test(ch) ? 'bidi' : 'invisible', code: codeOf(ch) },
      });
      continue;
    }
    const latin = lookalikeOf(ch);
    if (latin !== undefined) {
      flush();
      out.push({ text: ch, mark: { kind: 'lookalike', code: codeOf(ch), script: scriptOf(ch), looksLike: latin } });
      continue;
    }
    plain += ch;
  }
  flush();
  return out;
}

/** Whether anything in the name is marked. */
export const hasMarks = (segments: readonly NameSegment[]): boolean => segments.some((s) => s.mark);
