import { describe, expect, it } from 'vitest';
import { incidentKey } from './incident-key';

const payload = (observationId: string | undefined, category: string, subject: object) => ({
  finding: { ruleId: 'r', category, severity: 2, tier: 'alert', subject, evidence: {} },
  ...(observationId ? { observationId } : {}),
});

describe('which findings are one incident', () => {
  it('the findings of one message share a key', () => {
    const subject = { participantId: 'p1', name: 'An', messageId: 'm1' };
    expect(incidentKey(payload('o1', 'profanity', subject))).toBe(incidentKey(payload('o1', 'insult', subject)));
    expect(incidentKey(payload('o1', 'profanity', subject))).not.toBe(incidentKey(payload('o2', 'insult', subject)));
  });

  it('a finding without an observation, or a raid, stands alone', () => {
    expect(incidentKey(payload(undefined, 'profanity', { participantId: 'p1' }))).toBeNull();
    expect(incidentKey(payload('o1', 'raid', { name: 'x' }))).toBeNull();
    expect(incidentKey({})).toBeNull();
    expect(incidentKey(null)).toBeNull();
  });

  it('two people named on one event are two incidents', () => {
    expect(incidentKey(payload('o1', 'impersonation', { participantId: 'a' }))).not.toBe(
      incidentKey(payload('o1', 'impersonation', { participantId: 'b' })),
    );
  });
});
