/** Findings as the chat guard reports them: a message's verdicts, and a display name's. */
import type { ChatMessage, Finding } from '../../common/model';
import { classifyDetailed } from './classify';
import type { Compiled } from './options';
import type { Verdict } from './types';

const MAX_EVIDENCE = 500;
const NAME_OFFENSIVE = new Set(['profanity', 'insult', 'sexual', 'hate', 'threat', 'self-harm', 'blocked-word']);

export function finding(
  v: Pick<Verdict, 'category' | 'severity' | 'tier' | 'ruleId'> & { span?: [number, number]; target?: string },
  msg: ChatMessage,
  detail?: string,
): Finding {
  const subject: Finding['subject'] = { messageId: msg.id, name: msg.senderName };
  if (msg.senderId) subject.participantId = msg.senderId;
  const evidence: Finding['evidence'] = {};
  const [from, to] = v.span ?? [0, msg.text.length];
  if (v.span) evidence.span = v.span;
  evidence.text = msg.text.slice(from, Math.min(to, from + MAX_EVIDENCE));
  // The cap is recorded, so a report never passes a cut quote off as the whole message.
  const cut = to - from > MAX_EVIDENCE ? `evidence cut to ${MAX_EVIDENCE} of ${to - from} characters` : '';
  const details = [v.target ? `target: ${v.target}` : '', detail ?? '', cut].filter(Boolean).join('; ');
  if (details) evidence.detail = details;
  return { ruleId: v.ruleId, category: v.category, severity: v.severity, tier: v.tier, subject, evidence };
}

export function nameFindings(text: string, compiled: Compiled): Finding[] {
  const { verdicts } = classifyDetailed(text, compiled);
  const out: Finding[] = [];
  for (const v of verdicts) {
    if (v.ruleId === 'chat.grooming.families') continue;
    const offensive = NAME_OFFENSIVE.has(v.category);
    out.push({
      ruleId: `name.${offensive ? 'offensive' : 'suspicious'}.${v.category}`,
      category: offensive ? 'offensive-name' : 'suspicious-name',
      severity: v.severity,
      tier: offensive ? v.tier : 'review',
      subject: { name: text.slice(0, MAX_EVIDENCE) },
      evidence: {
        text: text.slice(v.span[0], Math.min(v.span[1], v.span[0] + MAX_EVIDENCE)),
        span: v.span,
        detail: v.ruleId,
      },
    });
  }
  return out;
}
