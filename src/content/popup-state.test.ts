/** The popup's actions on the meeting tab: a pause is applied only when the worker allows it. */
import { describe, expect, it, vi } from 'vitest';
import type { TeacherAct } from '../common/protocol';
import type { InstanceState } from './instance-state';
import { teacherAct, type PauseCheck } from './popup-state';

function tab() {
  const act = vi.fn(() => true);
  const state = { ready: true, sessionId: 's1', overlay: { act } } as unknown as InstanceState;
  return { state, act };
}
const req = (act: TeacherAct, sessionId = 's1') => ({
  type: 'teacher.act' as const,
  sessionId,
  act,
  source: 'popup' as const,
});

describe('teacherAct', () => {
  it('pauses when the worker allows it', async () => {
    const { state, act } = tab();
    const check = vi.fn<PauseCheck>(async () => ({ allowed: true, reason: null }));
    expect(await teacherAct(state, req({ action: 'paused' }), check)).toEqual({ done: true });
    expect(check).toHaveBeenCalledOnce();
    expect(act).toHaveBeenCalledWith({ action: 'paused' }, 'popup');
  });

  it('does not pause in locked parent mode, and says why', async () => {
    const { state, act } = tab();
    const reply = await teacherAct(state, req({ action: 'paused' }), async () => ({
      allowed: false,
      reason: 'parent-locked',
    }));
    expect(reply).toEqual({ done: false, refused: 'parent-locked' });
    expect(act).not.toHaveBeenCalled();
  });

  it('stays on when the worker cannot be asked', async () => {
    const { state, act } = tab();
    const reply = await teacherAct(state, req({ action: 'paused' }), () => Promise.reject(new Error('gone')));
    expect(reply).toEqual({ done: false, refused: 'unavailable' });
    expect(act).not.toHaveBeenCalled();
  });

  it('resumes and dismisses without asking; another session is not answered', () => {
    const { state, act } = tab();
    const check = vi.fn<PauseCheck>();
    expect(teacherAct(state, req({ action: 'resumed' }), check)).toEqual({ done: true });
    expect(teacherAct(state, req({ action: 'dismissed', key: 'k' }), check)).toEqual({ done: true });
    expect(teacherAct(state, req({ action: 'paused' }, 'other'), check)).toBeNull();
    expect(check).not.toHaveBeenCalled();
    expect(act).toHaveBeenCalledTimes(2);
  });
});
