import { describe, expect, it } from 'vitest';
import { isZoomHost, isZoomMeetingUrl, normalizeMeetingId, zoomMeetingId } from './detect';

const id = (u: string) => zoomMeetingId(new URL(u));

describe('zoom URL detection', () => {
  it('reads the meeting id from every web-client path form', () => {
    expect(id('https://app.zoom.us/wc/81234567890/join')).toBe('81234567890');
    expect(id('https://app.zoom.us/wc/81234567890/start?fromPWA=1')).toBe('81234567890');
    expect(id('https://us05web.zoom.us/wc/join/123456789')).toBe('123456789');
    expect(id('https://us05web.zoom.us/j/1234567890?pwd=abc')).toBe('1234567890');
    expect(id('https://zoom.us/wc/9876543210/start')).toBe('9876543210');
    expect(id('https://app.zoom.us/wc/81234567890/meeting')).toBe('81234567890');
    expect(id('https://APP.ZOOM.US/wc/81234567890/join')).toBe('81234567890');
  });

  it('rejects look-alike hosts, other schemes and non-meeting paths', () => {
    expect(id('https://zoom.us.evil.test/wc/81234567890/join')).toBeNull();
    expect(id('https://evilzoom.us/wc/81234567890/join')).toBeNull();
    expect(id('https://app.zoom.us.example.com/j/81234567890')).toBeNull();
    expect(id('http://app.zoom.us/wc/81234567890/join')).toBeNull();
    expect(id('https://app.zoom.us/')).toBeNull();
    expect(id('https://app.zoom.us/wc/home')).toBeNull();
    expect(id('https://app.zoom.us/wc/12345678/join')).toBeNull(); // 8 digits
    expect(id('https://app.zoom.us/wc/123456789012/join')).toBeNull(); // 12 digits
    expect(id('https://app.zoom.us/wc/81234567890/leave')).toBeNull();
    expect(id('https://app.zoom.us/j/81234567890abc')).toBeNull();
    expect(isZoomMeetingUrl(new URL('https://meet.google.com/abc-defg-hij'))).toBe(false);
  });

  it('accepts zoom.us and its subdomains only', () => {
    expect(isZoomHost('zoom.us')).toBe(true);
    expect(isZoomHost('us05web.zoom.us')).toBe(true);
    expect(isZoomHost('app.zoom.us.')).toBe(true);
    expect(isZoomHost('notzoom.us')).toBe(false);
    expect(isZoomHost('zoom.us.evil.test')).toBe(false);
  });

  it('normalizes the spaced id of the info popover', () => {
    expect(normalizeMeetingId('Meeting ID 812 3456 7890')).toBe('81234567890');
    expect(normalizeMeetingId('ID cuộc họp: 812 3456 7890')).toBe('81234567890');
    expect(normalizeMeetingId('Passcode 123456')).toBeNull();
    expect(normalizeMeetingId('no digits')).toBeNull();
  });
});
