/**
 * Which findings a child taking part in a class (not its host) is given advice about, and which
 * advice. Pure. The findings are the guards' own (chat in the worker, people and shares in the page);
 * this only decides what reaches the child, calmly, and what the parent is told.
 */
import type { Finding } from '../../common/model';

/** `private`: a private message from someone the class does not vouch for (./private.ts), whatever its words. */
export type AdviceKind = 'grooming' | 'move' | 'share' | 'stranger' | 'private';

/** A request to continue somewhere the teacher cannot see: another app, or a phone number. */
const ELSEWHERE =
  /zalo|messenger|m\.me\/|facebook|fb\.com|telegram|t\.me\/|viber|whatsapp|instagram|tiktok|discord|s[đd]t|số điện thoại|so dien thoai|phone|\d[\d .-]{7,}\d/i;

export function adviceFor(f: Finding): AdviceKind | null {
  if (f.tier !== 'alert' && f.category !== 'grooming') return null;
  switch (f.category) {
    case 'grooming':
    case 'sexual':
      return 'grooming';
    case 'personal-info':
    case 'link': {
      const said = `${f.evidence.matched ?? ''} ${f.evidence.text ?? ''}`;
      return ELSEWHERE.test(said) ? 'move' : null;
    }
    case 'screen-share':
      return 'share';
    case 'unknown-participant':
    case 'impersonation':
    case 'raid':
      return 'stranger';
    default:
      return null;
  }
}

/** The finding logged for the parent (forwarded with audience "child", docs/forwarding.md). */
export function childFinding(kind: AdviceKind, f: Finding): Finding {
  return {
    ruleId: `child.${kind}`,
    category: f.category,
    severity: f.severity,
    tier: 'alert',
    subject: f.subject,
    evidence: { ...f.evidence, detail: `advice shown to the child: ${kind}; from ${f.ruleId}` },
  };
}
