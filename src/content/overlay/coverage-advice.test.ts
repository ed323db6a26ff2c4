import { describe, expect, it } from 'vitest';
import type { Coverage, Platform } from '../../common/model';
import { coverageAdvice } from './coverage-advice';
import type { Lang } from './strings';

const FULL: Coverage = {
  roster: 'full',
  rosterReason: null,
  chat: 'visible',
  chatReason: null,
  presenter: 'readable',
  presenterReason: null,
};
const texts = (c: Coverage, platform: Platform, lang: Lang): string[] =>
  coverageAdvice(c, platform, lang).map((a) => a.text);

describe('coverage advice', () => {
  it('says nothing when everything is visible, before the call, or when nobody is sharing', () => {
    expect(coverageAdvice(FULL, 'meet', 'vi')).toEqual([]);
    const lobby: Coverage = {
      roster: 'hidden',
      rosterReason: 'not-in-call',
      chat: 'hidden',
      chatReason: 'not-in-call',
      presenter: 'unreadable',
      presenterReason: 'not-in-call',
    };
    expect(coverageAdvice(lobby, 'zoom', 'en')).toEqual([]);
    expect(coverageAdvice({ ...FULL, presenter: 'unreadable', presenterReason: 'no-share' }, 'teams', 'en')).toEqual(
      [],
    );
  });

  it('with the list closed, says what the tiles showed, keeping the same key as the closed panel', () => {
    const tiles: Coverage = { ...FULL, roster: 'hidden', rosterReason: 'panel-closed', stage: { read: 9, of: 17 } };
    expect(texts(tiles, 'meet', 'en')).toEqual([
      'Class Guard reads the video tiles: 9 of 17 people. Open the “People” panel to check everyone.',
    ]);
    expect(texts(tiles, 'meet', 'vi')).toEqual([
      'Class Guard đang đọc các ô video: 9 trên 17 người. Mở bảng “Mọi người” để kiểm tra mọi người.',
    ]);
    expect(texts({ ...tiles, stage: { read: 1, of: null } }, 'zoom', 'en')[0]).toContain('video tiles: 1 person.');
    expect(coverageAdvice(tiles, 'meet', 'en')[0]?.key).toBe('roster:panel-closed');
  });

  it("names each client's own People panel, in Vietnamese and English", () => {
    const closed: Coverage = { ...FULL, roster: 'hidden', rosterReason: 'panel-closed' };
    expect(texts(closed, 'meet', 'vi')).toEqual(['Mở bảng “Mọi người” để Class Guard thấy ai đang trong lớp.']);
    expect(texts(closed, 'meet', 'en')).toEqual([
      'Open the “People” panel so Class Guard can see who is in the class.',
    ]);
    expect(texts(closed, 'zoom', 'vi')[0]).toContain('“Người tham gia”');
    expect(texts(closed, 'zoom', 'en')[0]).toContain('“Participants”');
    expect(texts(closed, 'teams', 'vi')[0]).toContain('“Mọi người”');
    expect(texts(closed, 'teams', 'en')[0]).toContain('“People”');
  });

  it('asks for the chat panel too, and explains that Teams shows one panel at a time', () => {
    const teams: Coverage = { ...FULL, chat: 'hidden', chatReason: 'other-panel-open' };
    expect(texts(teams, 'teams', 'en')).toEqual([
      'Open the “Chat” panel so Class Guard can read the chat. (Only one side panel can be open at a time.)',
    ]);
    expect(texts(teams, 'teams', 'vi')).toEqual([
      'Mở bảng “Trò chuyện” để Class Guard đọc được tin nhắn. (Mỗi lúc chỉ mở được một bảng bên.)',
    ]);
  });

  it('gives one line per degraded aspect, each with a stable key', () => {
    const c: Coverage = {
      roster: 'partial',
      rosterReason: 'virtualized',
      chat: 'hidden',
      chatReason: 'panel-closed',
      presenter: 'unreadable',
      presenterReason: 'selector-missing',
    };
    expect(coverageAdvice(c, 'zoom', 'en').map((a) => a.key)).toEqual([
      'roster:virtualized',
      'chat:panel-closed',
      'presenter:selector-missing',
    ]);
    expect(texts(c, 'zoom', 'en')[0]).toMatch(/^Only part of the “Participants” list is on screen/);
    expect(texts(c, 'zoom', 'vi')[2]).toBe('Class Guard không biết ai đang trình bày trong phiên bản Zoom này.');
  });

  it('says plainly when a selector stopped matching or the teacher is not the host', () => {
    expect(texts({ ...FULL, roster: 'hidden', rosterReason: 'selector-missing' }, 'meet', 'en')).toEqual([
      'Class Guard cannot read the “People” list of this version of Google Meet: who joins is not being checked.',
    ]);
    expect(texts({ ...FULL, chat: 'hidden', chatReason: 'selector-missing' }, 'teams', 'vi')[0]).toContain(
      'tin nhắn đang không được kiểm tra',
    );
    expect(texts({ ...FULL, roster: 'partial', rosterReason: 'not-host' }, 'zoom', 'vi')).toEqual([
      'Bạn không phải người chủ trì: Class Guard không thấy toàn bộ danh sách “Người tham gia”.',
    ]);
  });
});
