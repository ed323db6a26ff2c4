/** Chat guard: a local Vietnamese + English harmful-chat classifier (issue 5). See docs/chat-detection.md. */
export { classifyText } from './classify';
export { createChatGuard, type ChatGuard } from './guard';
export type { ChatCategory, ChatOptions, Verdict } from './types';
