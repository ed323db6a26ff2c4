/** Requests to a meeting tab from the extension's own pages and worker; only this extension is answered. */
import type {
  CapturedRoster,
  ChecklistRequest,
  PageRequest,
  PanelFindings,
  PopupState,
  TeacherActRequest,
  LearnedRoster,
} from '../common/protocol';
import type { ChecklistStatus } from '../common/checklist';
import type { ActReply } from './popup-state';
import { extensionId, onMessage, type MessageListener } from '../browser/runtime';

export function listenForPageRequests(handlers: {
  captureRoster(): CapturedRoster | null;
  settingsChanged(): void;
  panelFindings(msg: PanelFindings): void;
  /** null: not this frame (not the meeting, or no session yet). */
  popupState(): PopupState | null;
  /** A promise when the worker is asked first (a pause). */
  teacherAct(msg: TeacherActRequest): ActReply | Promise<ActReply> | null;
  /** `answer`: the teacher saved or dismissed it. null: not the meeting frame. */
  learnedRoster(answer: boolean): LearnedRoster | null;
  /** Null in a frame without the meeting's checklist, which stays silent so the meeting frame answers. */
  checklist(req: ChecklistRequest): ChecklistStatus | null;
}): () => void {
  const listener: MessageListener = (msg, sender, reply) => {
    if (sender.id !== extensionId() || sender.tab) return false; // other tabs' content scripts have a tab
    const type = (msg as PageRequest | null)?.type;
    // A live script here means the worker need not inject one.
    if (type === 'ping') {
      reply({ ok: true, value: 'alive' });
      return false;
    }
    if (type === 'settings.changed') {
      handlers.settingsChanged();
      return false;
    }
    if (type === 'panel.findings') {
      handlers.panelFindings(msg as PanelFindings);
      return false;
    }
    if (type === 'popup.state' || type === 'teacher.act') {
      // Frames without the meeting stay silent, as for a capture.
      const value = type === 'popup.state' ? handlers.popupState() : handlers.teacherAct(msg as TeacherActRequest);
      if (value === null) return false;
      if (!(value instanceof Promise)) {
        reply({ ok: true, value });
        return false;
      }
      void value.then((v) => reply({ ok: true, value: v }));
      return true; // answered later
    }
    if (type === 'roster.learned' || type === 'roster.learned.answer') {
      const learned = handlers.learnedRoster(type === 'roster.learned.answer');
      if (learned) reply({ ok: true, value: learned });
      return false;
    }
    if (type === 'checklist') {
      const status = handlers.checklist(msg as ChecklistRequest);
      if (status) reply({ ok: true, value: status });
      return false;
    }
    if (type !== 'roster.capture') return false;
    const captured = handlers.captureRoster();
    // Frames that are not the meeting (Zoom's app shell) stay silent so the meeting frame answers.
    if (!captured) return false;
    reply({ ok: true, value: captured });
    return false;
  };
  return onMessage(listener);
}
