import { describe, expect, it } from 'vitest';
import { checklistItems, checklistView, itemKey, type ChecklistItem, type PageState } from './checklist';
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import { PLATFORMS } from './model';

const at = '2026-12-01T08:00:00+07:00';
const page = (entries: [ChecklistItem, PageState][]) => new Map(entries);

describe('checklistView', () => {
  it('what the page shows ticks an item by itself and wins over the teacher', () => {
    const view = checklistView(
      'zoom',
      page([
        ['waiting-room', { on: true, source: 'zoom-security', at }],
        ['lock', { on: false, source: 'zoom-security', at }],
      ]),
      new Set<ChecklistItem>(['lock', 'link-private']),
    );
    const by = new Map(view.map((v) => [v.item, v]));
    expect(by.get('waiting-room')).toMatchObject({ done: true, by: 'page' });
    // Ticked, but Zoom's menu shows it off: off.
    expect(by.get('lock')).toMatchObject({ done: false, by: 'page', ticked: true });
    expect(by.get('link-private')).toMatchObject({ done: true, by: 'teacher', page: null });
    expect(by.get('passcode')).toMatchObject({ done: false, by: null });
  });

  it('offers to open the People list only while it is closed', () => {
    const closed = checklistView('meet', page([['people-panel', { on: false, source: 'people-list', at }]]), new Set());
    expect(closed.find((v) => v.item === 'people-panel')!.action).toBe('open-people');
    const open = checklistView('meet', page([['people-panel', { on: true, source: 'people-list', at }]]), new Set());
    expect(open.find((v) => v.item === 'people-panel')!.action).toBeNull();
  });

  it('offers to open the chat only while it is closed, on every client', () => {
    for (const platform of PLATFORMS) {
      const closed = checklistView(platform, page([['chat-panel', { on: false, source: 'chat-list', at }]]), new Set());
      expect(closed.find((v) => v.item === 'chat-panel')!.action, platform).toBe('open-chat');
      const open = checklistView(platform, page([['chat-panel', { on: true, source: 'chat-list', at }]]), new Set());
      expect(open.find((v) => v.item === 'chat-panel')!.action, platform).toBeNull();
    }
  });

  it('lists each client’s own settings, with a title and steps in both languages', () => {
    expect(checklistItems('zoom')).toContain('rename-off');
    expect(checklistItems('meet')).not.toContain('passcode');
    for (const platform of PLATFORMS)
      for (const item of checklistItems(platform)) {
        for (const table of [en, vi] as Record<string, { message: string }>[]) {
          expect(table[itemKey('item', item)]?.message, item).toBeTruthy();
          // lock: the in-meeting panel's steps; link-private: the same on every client.
          if (item !== 'lock' && item !== 'link-private')
            expect(table[itemKey('steps', item, platform)]?.message, `${platform} ${item}`).toBeTruthy();
        }
      }
  });
});
