import { describe, expect, it } from 'vitest';
import type { Finding } from './model';
import { FINDING_CATEGORIES, tuneFinding, tuneFindings } from './detection';

const f = (over: Partial<Finding>): Finding => ({
  ruleId: 'x',
  category: 'insult',
  severity: 2,
  tier: 'alert',
  subject: {},
  evidence: {},
  ...over,
});

describe('detection settings', () => {
  it('lists every category once', () => {
    expect(new Set(FINDING_CATEGORIES).size).toBe(FINDING_CATEGORIES.length);
    expect(FINDING_CATEGORIES).toContain('unknown-participant');
    expect(FINDING_CATEGORIES).toContain('blocked-word');
  });

  it('a category switched off raises nothing; the others pass unchanged', () => {
    const d = { off: ['link', 'unknown-participant'] as const, sensitivity: 'standard' as const };
    expect(tuneFinding(f({ category: 'link' }), d)).toBeNull();
    expect(tuneFinding(f({ category: 'unknown-participant', severity: 3 }), d)).toBeNull();
    const insult = f({});
    expect(tuneFinding(insult, d)).toBe(insult);
    expect(tuneFindings([f({ category: 'link' }), insult], d)).toEqual([insult]);
  });

  it('low drops review-tier and minor findings, except those about a child at risk', () => {
    const d = { off: [], sensitivity: 'low' as const };
    expect(tuneFinding(f({ tier: 'review' }), d)).toBeNull();
    expect(tuneFinding(f({ severity: 1 }), d)).toBeNull();
    expect(tuneFinding(f({ category: 'self-harm', tier: 'review' }), d)).not.toBeNull();
    expect(tuneFinding(f({ category: 'grooming', tier: 'review', severity: 1 }), d)).not.toBeNull();
    expect(tuneFinding(f({ severity: 3 }), d)).not.toBeNull();
  });

  it('high turns a review-tier finding of some weight into an alert', () => {
    const d = { off: [], sensitivity: 'high' as const };
    expect(tuneFinding(f({ tier: 'review', severity: 2 }), d)?.tier).toBe('alert');
    expect(tuneFinding(f({ tier: 'review', severity: 1 }), d)?.tier).toBe('review');
  });

  it('without settings, the detectors’ own judgement', () => {
    const x = f({ tier: 'review' });
    expect(tuneFinding(x, undefined)).toBe(x);
  });
});
