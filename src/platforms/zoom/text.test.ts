import { describe, expect, it } from 'vitest';
import { readName } from './read-text';
import { isEndButtonText, isWaitingRoomText, modalOutcome, parseRoleLabel, privateRecipient } from './text';

describe('zoom text table', () => {
  it('parses role badges in both languages, whole tokens only', () => {
    expect(parseRoleLabel('(Host, me)')).toEqual({ host: true, cohost: false, me: true, guest: false });
    expect(parseRoleLabel('(Chủ trì, tôi)')).toEqual({ host: true, cohost: false, me: true, guest: false });
    expect(parseRoleLabel('(Co-host)')).toEqual({ host: false, cohost: true, me: false, guest: false });
    // "Đồng chủ trì" contains "chủ trì" but is the co-host.
    expect(parseRoleLabel('(Đồng chủ trì)')).toEqual({ host: false, cohost: true, me: false, guest: false });
    expect(parseRoleLabel('(Me)').me).toBe(true);
    expect(parseRoleLabel('(Guest)').guest).toBe(true);
    expect(parseRoleLabel('(Khách)').guest).toBe(true);
    expect(parseRoleLabel('')).toEqual({ host: false, cohost: false, me: false, guest: false });
  });

  it('reads the chat recipient: everyone, private, or unknown (kept as private)', () => {
    expect(privateRecipient('Everyone')).toBeNull();
    expect(privateRecipient('Meeting Group Chat')).toBeNull();
    expect(privateRecipient('Mọi người')).toBeNull();
    expect(privateRecipient('Bob Guest (Privately)')).toBe('Bob Guest');
    expect(privateRecipient('Bob Guest(Privately)')).toBe('Bob Guest');
    expect(privateRecipient('Nguyễn Thị Lan (Riêng tư)')).toBe('Nguyễn Thị Lan');
    // On the receiver's screen the recipient is the receiver; the newer name of the marker too.
    expect(privateRecipient('Me (Privately)')).toBe('Me');
    expect(privateRecipient('Me (Direct Message)')).toBe('Me');
    expect(privateRecipient('Tôi (Tin nhắn trực tiếp)')).toBe('Tôi');
    expect(privateRecipient('Someone Else')).toBe('Someone Else');
    expect(privateRecipient('')).toBeNull();
  });

  it('tells ended from removed from any other modal', () => {
    expect(modalOutcome('This meeting has been ended by host')).toBe('ended');
    expect(modalOutcome('You have been removed from this meeting')).toBe('removed');
    expect(modalOutcome('Cuộc họp này đã bị người chủ trì kết thúc')).toBe('ended');
    expect(modalOutcome('Bạn đã bị xóa khỏi cuộc họp này')).toBe('removed');
    expect(modalOutcome('This meeting is being recorded')).toBeNull();
  });

  it('knows the waiting-room screen and the host leave button', () => {
    expect(isWaitingRoomText('  Please wait, the meeting host will let you in soon. ')).toBe(true);
    expect(isWaitingRoomText('Vui lòng đợi, người chủ trì cuộc họp sẽ sớm cho bạn vào.')).toBe(true);
    expect(isWaitingRoomText('Please wait')).toBe(false);
    expect(isEndButtonText('End')).toBe(true);
    expect(isEndButtonText('Kết thúc')).toBe(true);
    expect(isEndButtonText('Leave')).toBe(false);
  });
});

describe('caps on attacker-written text', () => {
  it('reads names as collapsed text and caps 100 KB quickly', () => {
    const el = { textContent: `  Ada \n  Lovelace ${'x'.repeat(100_000)}` } as unknown as Element;
    const name = readName(el);
    expect(name.startsWith('Ada Lovelace x')).toBe(true);
    expect(name).toHaveLength(256);
    expect(readName(null)).toBe('');
  });
});
