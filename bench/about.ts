/** What each benchmark measures, for docs/performance.md (the benches' own headers say how). */
export const ABOUT: ReadonlyMap<string, string> = new Map([
  [
    'alert-latency',
    "On each client's fixture in the built extension: a stranger joins a class with a roster, and the time to the panel's entry painted in the page and to the system notification created, p50 and p95; baseline is the floor, the lightest content-script message to the worker plus one event appended (hash and one IndexedDB transaction). Rounds: CG_BENCH_ALERT_ROUNDS (default 20).",
  ],
  [
    'bundle',
    'Gzipped size of each entry point of a fresh production build (its own files and every chunk they import; the content script with the largest client adapter and the larger language table it loads in a tab, one of each). It is what each meeting tab parses and keeps.',
  ],
  [
    'chat',
    'The chat classifier in Node on one core over the team corpus (clean, harmful and obfuscated messages): throughput on the main thread and latency per message, and the classifier library minified and gzipped.',
  ],
  [
    'class-memory',
    "A meeting tab's JavaScript heap after a full collection at the end of a 45-minute Meet class compressed into a couple of minutes (40 people, leaves and returns, renames, 2,000 chat messages; the content script's clock moved a minute a step); baseline is the same page driven alike where the extension does not run. The second figure is the extension's share, its baseline that share at the start of the class.",
  ],
  [
    'content-overhead',
    "What the content script costs a busy Google Meet page (1,000 people, 20 chat messages a second, 60 Hz churn): the page's main-thread CPU time per frame with the extension over without, both pages open side by side in one browser over the same window; baseline is the page without the extension. Rounds: CG_BENCH_ROUNDS (default 6).",
  ],
  [
    'event-log',
    "The event log in the built extension's worker in Chromium, on the profile's disk: 100,000 chat events appended in the worker's batches, the sustained rate (and its last tenth, against the whole run's), and the bytes the extension's IndexedDB folder grew by per event, against the event's own JSON size. CG_BENCH_EVENTS changes the count.",
  ],
  [
    'meet-gallery-overhead',
    "content-overhead's A/B with the tile reader on: the busy Meet page (1,000 people, 20 chat messages a second) with the People list closed and the chat open, a 49-tile gallery whose indicators flip and whose order changes every frame; baseline is the page without the extension (content-overhead is the same page with the People list open).",
  ],
  [
    'meet-adapter',
    'One Meet adapter snapshot on a busy page (1,000 people, 500 messages, indicator churn) in Chromium: the watcher takes at most one a frame, so it is read against a 16.7 ms frame.',
  ],
  [
    'names',
    'Name matching against a 1,000-name roster (Vietnamese names with their everyday variants and strangers), and the participant guard with 1,000 in the call.',
  ],
  [
    'pipeline',
    "The built extension in Chromium: a message from a page to a committed, hash-chained event in IndexedDB (the worker replies after the transaction), single events and a burst in the outbox's batches.",
  ],
  [
    'report',
    "The report page's work and the exports for a meeting of 10,000 events, in Node: every event as a sentence, the meeting view's model, the HTML (Vietnamese and English), JSON and CSV exports, and verifying the JSON export's chain, each timed (target under 1 s). Peak memory: each build alone in a fresh process with the log loaded and the heap collected first; the figure is a floor, the larger of how far resident memory rose and what the heap still held at the end (output included).",
  ],
  [
    'teams-adapter',
    'One Teams adapter snapshot on a busy page (1,000 people, 8,000 elements of the rest of the app) in four layouts, against a 16.7 ms frame.',
  ],
  [
    'teams-overhead',
    "content-overhead's A/B on the Teams fixture: 1,000 people in the People list (the open panel), 20 chat messages a second into the client's model, churn on the rows in view every frame; baseline is the page without the extension.",
  ],
  [
    'tracker',
    'The tracker diffing one snapshot a frame (1,000 participants, 20 messages a second), in Node: time per update.',
  ],
  [
    'zoom-overhead',
    "content-overhead's A/B on the Zoom fixture: 1,000 people in the virtualized participants list, 20 chat messages a second in the open chat, churn on the rows in view every frame; baseline is the page without the extension.",
  ],
  [
    'zoom-adapter',
    'One Zoom adapter snapshot on a busy page (1,000 people in the virtualized list, 500 messages, a share) against a 16.7 ms frame.',
  ],
]);
