/** Findings about a display name by itself, whoever wears it. */
import type { Finding, Severity } from '../../common/model';
import type { NormalizedName } from '../../common/names';
import { evidenceName, makeFinding } from './rules';

/** null while not known yet: in a meeting tab the worker's verdict comes a moment later. */
export type NameClassifier = (name: string) => readonly Finding[] | null;

/** `classifierHits`: null if not known (yet). */
export function nameFindings(
  participantId: string,
  raw: string,
  name: NormalizedName,
  classifierHits: readonly Finding[] | null,
): Finding[] {
  const subject = { participantId, name: evidenceName(raw) };
  const text = evidenceName(raw);
  const out: Finding[] = [];
  const codes = name.invisibles.join(' ');
  if (name.flags.bidi) {
    out.push(
      makeFinding('participant.name.bidi', subject, {
        text,
        detail: `bidirectional controls ${codes}; shown as "${name.display}"`,
      }),
    );
  }
  if (name.flags.confusable || name.flags.mixedScript) {
    const why = name.flags.mixedScript
      ? 'letters from another script inside a word'
      : 'look-alike or fullwidth letters';
    out.push(
      makeFinding('participant.name.confusable', subject, {
        text,
        matched: name.looseKey,
        detail: `${why}; reads as "${name.looseKey}"`,
      }),
    );
  }
  if (name.flags.zeroWidth) {
    const blank = name.display === '' ? 'blank name; ' : '';
    out.push(
      makeFinding('participant.name.invisible', subject, { text, detail: `${blank}invisible characters ${codes}` }),
    );
  }
  if (name.flags.truncated) {
    out.push(
      makeFinding('participant.name.long', subject, {
        text,
        detail: `name longer than we read (${raw.length} characters)`,
      }),
    );
  }
  if (classifierHits) out.push(...classifierFindings(participantId, raw, name, classifierHits));
  return out;
}

/** The classifier's part alone, for a verdict that came late. */
export function classifierFindings(
  participantId: string,
  raw: string,
  name: NormalizedName,
  hits: readonly Finding[],
): Finding[] {
  if (name.display === '') return [];
  const subject = { participantId, name: evidenceName(raw) };
  const text = evidenceName(raw);
  const out: Finding[] = [];
  // Links, phone numbers and grooming cues are not abuse: review, never an offensive-name alert.
  const offensive = hits.filter((h) => h.category !== 'suspicious-name');
  const contact = hits.filter((h) => h.category === 'suspicious-name');
  // The chat guard's name findings carry the offending words as evidence.text (docs/chat-detection.md).
  const words = (h: Finding | undefined) => h?.evidence.matched ?? h?.evidence.text;
  if (offensive.length > 0) {
    const severity = Math.max(2, ...offensive.map((h) => h.severity)) as Severity;
    const matched = words(offensive[0]);
    out.push(
      makeFinding(
        'participant.offensive-name',
        subject,
        {
          text,
          ...(matched ? { matched } : {}),
          detail: `classifier: ${[...new Set(offensive.map((h) => h.category))].join(', ')}`,
        },
        severity,
      ),
    );
  } else if (contact.length > 0) {
    const matched = words(contact[0]);
    out.push(
      makeFinding('participant.name.contact', subject, {
        text,
        ...(matched ? { matched } : {}),
        detail: contact[0]?.evidence.detail ?? 'contact details or a link in the name',
      }),
    );
  }
  return out;
}
