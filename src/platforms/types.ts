import type { Platform, Snapshot } from '../common/model';

/** An adapter reads; it never judges and never writes to the page. */
export interface PlatformAdapter {
  readonly platform: Platform;
  /** False e.g. in Zoom's app shell: the #webclient iframe's own content script reads the meeting. */
  isMeetingFrame(): boolean;
  /** Runs once per animation frame on a busy meeting. */
  snapshot(): Snapshot;
  /** null when not rendered. */
  rowFor(kind: 'participant' | 'waiting', participantId: string): Element | null;
  /** The client's own controls our overlay must never cover: its leave/end button and its People list, where rendered. */
  controls?(): Element[];
  dispose?(): void;
}

export interface PlatformModule {
  readonly platform: Platform;
  /** Never class or style (speaking indicators churn them); the watcher's tick covers anything else. */
  readonly watchedAttributes: readonly string[];
  createAdapter(doc: Document, win: Window): PlatformAdapter;
}
