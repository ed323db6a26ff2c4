/** Chat guard: a local Vietnamese + English harmful-chat classifier (issue 5). See docs/chat-detection.md. */
export { classifyText } from './classify';
export { createChatGuard, GROOMING_WINDOW_MS, type ChatGuard, type DetectorErrorHandler } from './guard';
export type { ChatCategory, ChatOptions, Verdict } from './types';
