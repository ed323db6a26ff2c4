import type { Platform, Snapshot } from '../shared/model';

/**
 * One client's DOM knowledge behind one interface. An adapter reads; it never decides what is
 * dangerous and never writes to the page (the overlay does that).
 */
export interface PlatformAdapter {
  readonly platform: Platform;
  /**
   * Whether this frame holds the meeting UI the adapter reads. False e.g. in Zoom's app shell,
   * whose meeting lives in the same-origin #webclient iframe (the frame's own content script reads it).
   */
  isMeetingFrame(): boolean;
  /** Reads the page now. Cheap enough to run once per animation frame on a busy meeting. */
  snapshot(): Snapshot;
  /** The roster or waiting-list row of a participant, for in-page badges; null when not rendered. */
  rowFor(kind: 'participant' | 'waiting', participantId: string): Element | null;
  /** Lets go of what the adapter watches (observers): the content script stopped. */
  dispose?(): void;
}

export interface PlatformModule {
  readonly platform: Platform;
  /**
   * Attributes whose changes the adapter reads (ids, labels that carry names): the content script
   * watches these. Class and style churn (speaking indicators) is never listed; the watcher's slow
   * tick covers anything else.
   */
  readonly watchedAttributes: readonly string[];
  createAdapter(doc: Document, win: Window): PlatformAdapter;
}
