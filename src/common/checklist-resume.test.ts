import { describe, expect, it } from 'vitest';
import { foldChecklist } from './checklist-resume';

const ev = (type: string, payload: Record<string, unknown>, time = '2026-12-01T08:00:00+07:00') => ({
  type,
  time,
  payload,
});

describe('foldChecklist', () => {
  it('keeps the teacher’s ticks as last set, the page’s newest states and the card dismissed', () => {
    const r = foldChecklist([
      ev('checklist.item', { item: 'link-private', done: true, by: 'teacher' }),
      ev('checklist.item', { item: 'chat-limited', done: true, by: 'teacher' }),
      ev('checklist.item', { item: 'chat-limited', done: false, by: 'teacher' }),
      ev('checklist.item', { item: 'people-panel', done: false, by: 'page', source: 'people-list' }),
      ev('checklist.item', { item: 'people-panel', done: true, by: 'page', source: 'people-list' }, 'T2'),
      ev('checklist.card', { shown: false }),
      ev('participant.joined', { item: 'lock', done: true, by: 'teacher' }),
    ]);
    expect(r.ticks).toEqual(['link-private']);
    expect(r.page).toEqual([{ item: 'people-panel', state: { on: true, source: 'people-list', at: 'T2' } }]);
    expect(r.dismissed).toBe(true);
  });

  it('a card brought back is not dismissed; unknown items and sources are ignored', () => {
    const r = foldChecklist([
      ev('checklist.card', { shown: false }),
      ev('checklist.card', { shown: true }),
      ev('checklist.item', { item: 'constructor', done: true, by: 'teacher' }),
      ev('checklist.item', { item: 'lock', done: true, by: 'page', source: 'made-up' }),
    ]);
    expect(r).toEqual({ ticks: [], page: [], dismissed: false });
  });
});
