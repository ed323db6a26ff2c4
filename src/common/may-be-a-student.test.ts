import { describe, expect, it } from 'vitest';
import { mayBeAStudent } from './may-be-a-student';

describe('In my class is offered for a person who may be a student the roster misses', () => {
  it('an unknown, oddly written or renamed person: offered', () => {
    expect(mayBeAStudent(['unknown-participant'])).toBe(true);
    expect(mayBeAStudent(['suspicious-name', 'profanity'])).toBe(true);
    expect(mayBeAStudent(['rename'])).toBe(true);
  });
  it('an impostor or an offensive name: never, whatever else was found', () => {
    expect(mayBeAStudent(['unknown-participant', 'impersonation'])).toBe(false);
    expect(mayBeAStudent(['unknown-participant', 'offensive-name'])).toBe(false);
  });
  it('chat findings alone: not offered', () => {
    expect(mayBeAStudent(['profanity', 'threat'])).toBe(false);
    expect(mayBeAStudent([])).toBe(false);
  });
});
