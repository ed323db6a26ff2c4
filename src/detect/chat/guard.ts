/**
 * createChatGuard: the stateful side of chat detection. It classifies each message, then adds what
 * only a sequence shows: grooming cue families accumulated per sender (two families → alert), flood
 * (message rate and repeats per sender), and the same text pasted by several senders (a raid).
 * The state is guard-state.ts, the stages guard-stages.ts.
 */
import type { ChatMessage, Finding } from '../../common/model';
import { addAllowed, compileOptions } from './classify';
import { nameFindings } from './guard-findings';
import { STAGES, type MessageRun } from './guard-stages';
import { createGuardState, senderState, type GuardState } from './guard-state';
import type { ChatOptions } from './types';

export { FLOOD_COUNT, FLOOD_WINDOW_MS, GROOMING_WINDOW_MS, REPEAT_COUNT, REPEAT_WINDOW_MS } from './guard-state';

export interface ChatGuard {
  classifyMessage(msg: ChatMessage, at: number): Finding[];
  classifyName(name: string): Finding[];
  markNotHarmful(text: string): void;
}

/** Told when a detector throws on one message or name: its findings are lost, nothing else is. */
export type DetectorErrorHandler = (detector: string, subjectId: string, err: unknown) => void;

/** One message through every stage; each stage runs on its own, so one that throws loses only its own findings. */
function classifyMessage(state: GuardState, msg: ChatMessage, at: number, onError?: DetectorErrorHandler): Finding[] {
  const key = msg.senderId ?? `name:${msg.senderName}`;
  const run: MessageRun = {
    state,
    msg,
    at,
    key,
    s: senderState(state, key, at),
    classified: null,
    norm: null,
    out: [],
  };
  for (const [detector, stage] of STAGES) {
    try {
      stage(run);
    } catch (err) {
      onError?.(detector, msg.id, err);
    }
  }
  return run.out;
}

function classifyName(state: GuardState, name: string, onError?: DetectorErrorHandler): Finding[] {
  const text = typeof name === 'string' ? name : '';
  try {
    return nameFindings(text, state.compiled);
  } catch (err) {
    onError?.('name.classify', text.slice(0, 64), err);
    return [];
  }
}

export function createChatGuard(opts?: ChatOptions, onError?: DetectorErrorHandler): ChatGuard {
  const state = createGuardState(compileOptions(opts));
  return {
    classifyMessage: (msg, at) => classifyMessage(state, msg, at, onError),
    classifyName: (name) => classifyName(state, name, onError),
    markNotHarmful(text) {
      if (typeof text === 'string' && text.trim()) addAllowed(state.compiled.allowed, text);
    },
  };
}
