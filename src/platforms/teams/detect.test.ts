import { describe, expect, it } from 'vitest';
import { isTeamsUrl, meetingCodeFromUrl } from './detect';

const THREAD = '19:meeting_NjA4YzE1ZTctZWI2ZC00ZjU1LWE5OGMtMjU4MDk2YWNjNzVk@thread.v2';
const THREAD_ENC = '19%3ameeting_NjA4YzE1ZTctZWI2ZC00ZjU1LWE5OGMtMjU4MDk2YWNjNzVk%40thread.v2';

describe('isTeamsUrl', () => {
  it.each([
    'https://teams.microsoft.com/v2/',
    'https://teams.microsoft.com/_#/calendarv2',
    'https://teams.live.com/meet/9312345678901',
    'https://teams.cloud.microsoft/',
    `https://teams.microsoft.com/l/meetup-join/${THREAD_ENC}/0?context=%7b%7d`,
  ])('accepts any page of the web app: %s', (u) => {
    expect(isTeamsUrl(new URL(u))).toBe(true);
  });

  it.each([
    'http://teams.microsoft.com/v2/',
    'https://teams.microsoft.com.evil.example/v2/',
    'https://evilteams.microsoft.com/v2/',
    'https://teams-microsoft.com/v2/',
    'https://teams.microsoft.co/v2/',
    'https://teams.cloud.microsoft.example/',
    'https://login.microsoftonline.com/?redirect=https://teams.microsoft.com/v2/',
    'https://teams.microsoft.com:8443/v2/',
    'https://meet.google.com/abc-defg-hij',
  ])('rejects look-alikes and other sites: %s', (u) => {
    expect(isTeamsUrl(new URL(u))).toBe(false);
  });
});

describe('meetingCodeFromUrl', () => {
  it('reads the numeric meet id from the path and from the v2 hash route', () => {
    expect(meetingCodeFromUrl(new URL('https://teams.live.com/meet/9312345678901'))).toBe('9312345678901');
    expect(meetingCodeFromUrl(new URL('https://teams.live.com/meet/9312345678901?p=abcDEF'))).toBe('9312345678901');
    expect(meetingCodeFromUrl(new URL('https://teams.microsoft.com/v2/#/meet/2345678901234?anon=true'))).toBe(
      '2345678901234',
    );
  });

  it('reads the thread id from a meetup-join link, percent-encoded or not', () => {
    expect(
      meetingCodeFromUrl(new URL(`https://teams.microsoft.com/l/meetup-join/${THREAD_ENC}/0?context=%7b%22Tid%22%7d`)),
    ).toBe(THREAD);
    expect(meetingCodeFromUrl(new URL(`https://teams.microsoft.com/v2/#/l/meetup-join/${THREAD_ENC}/0`))).toBe(THREAD);
    expect(
      meetingCodeFromUrl(new URL(`https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/${THREAD}/0`)),
    ).toBe(THREAD);
  });

  it('finds no code where the URL names no meeting', () => {
    for (const u of [
      'https://teams.microsoft.com/v2/',
      'https://teams.microsoft.com/meet/123', // too short
      'https://teams.microsoft.com/meet/1234567890123456', // too long
      'https://teams.microsoft.com/l/meetup-join/19%3aabc%40thread.skype/0', // a channel, not a meeting
      'https://teams.microsoft.com/l/meetup-join/%E0%A4%A/0', // malformed escape
      'https://teams.microsoft.com.evil.example/meet/9312345678901',
    ]) {
      expect(meetingCodeFromUrl(new URL(u)), u).toBeNull();
    }
  });
});
