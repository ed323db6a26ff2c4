import { describe, expect, it } from 'vitest';
import { isMeetingUrl, meetingCodeFromPath } from './detect';

describe('meet URL detection', () => {
  it('accepts a meeting page, with or without query and trailing path', () => {
    expect(isMeetingUrl(new URL('https://meet.google.com/abc-defg-hij'))).toBe(true);
    expect(isMeetingUrl(new URL('https://meet.google.com/abc-defg-hij?authuser=1&hl=vi'))).toBe(true);
    expect(isMeetingUrl(new URL('https://meet.google.com/abc-defg-hij/'))).toBe(true);
  });

  it('rejects the landing page, other Google hosts, look-alike hosts and malformed codes', () => {
    expect(isMeetingUrl(new URL('https://meet.google.com/'))).toBe(false);
    expect(isMeetingUrl(new URL('https://meet.google.com/landing'))).toBe(false);
    expect(isMeetingUrl(new URL('https://meet.google.com/new'))).toBe(false);
    expect(isMeetingUrl(new URL('https://calendar.google.com/abc-defg-hij'))).toBe(false);
    expect(isMeetingUrl(new URL('https://meet.google.com.evil.example/abc-defg-hij'))).toBe(false);
    expect(isMeetingUrl(new URL('http://meet.google.com/abc-defg-hij'))).toBe(false);
    expect(isMeetingUrl(new URL('https://meet.google.com/abc-defg-hijk'))).toBe(false);
    expect(isMeetingUrl(new URL('https://meet.google.com/ABC-DEFG-HIJ'))).toBe(false);
    expect(isMeetingUrl(new URL('https://meet.google.com/abcdefghij'))).toBe(false);
  });

  it('reads the code from the path', () => {
    expect(meetingCodeFromPath('/xyz-abcd-efg')).toBe('xyz-abcd-efg');
    expect(meetingCodeFromPath('/xyz-abcd-efg/extra')).toBe('xyz-abcd-efg');
    expect(meetingCodeFromPath('/lookup/somename')).toBeNull();
    expect(meetingCodeFromPath('/')).toBeNull();
  });
});
