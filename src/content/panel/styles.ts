/** Static CSS only, appended to the overlay host's sheet; no data is ever interpolated here. */
import { TOKENS_CSS } from './tokens';

/* Colours, spacing and type are the visual system's tokens (tokens.ts); severity shows as shape and word too. */
export const PANEL_CSS = `${TOKENS_CSS}
.panel { position: fixed; left: 0; top: 0; width: min(340px, calc(100vw - 32px)); max-height: calc(100vh - 200px);
  display: flex; flex-direction: column; pointer-events: auto; background: var(--cg-bg); color: var(--cg-text);
  font-size: var(--cg-text-sm); border: 1px solid var(--cg-border); border-radius: 10px; box-shadow: var(--cg-shadow);
  overflow: hidden; }
.panel.collapsed { width: auto; max-width: min(340px, calc(100vw - 32px)); }
.panel .header { display: flex; align-items: center; gap: var(--cg-space-2); padding: 6px 6px 6px var(--cg-space-3);
  cursor: move; background: var(--cg-surface); user-select: none; touch-action: none; }
.panel .header:focus-visible, .panel button:focus-visible, .panel summary:focus-visible, .panel textarea:focus-visible
  { outline: 2px solid var(--cg-focus); outline-offset: 1px; }
.panel .name { font-weight: var(--cg-weight-strong); white-space: nowrap; }
/* Wraps rather than cuts: the count is what a teacher glances at. */
.panel .summary { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.panel .summary.alert { color: var(--cg-sev-high); font-weight: var(--cg-weight-strong); }
.panel .summary.alert::before { content: '▲ '; }
.panel button { font: inherit; color: inherit; cursor: pointer; border-radius: 6px; border: 1px solid var(--cg-border-strong);
  background: var(--cg-bg); padding: 3px var(--cg-space-2); }
.panel button:hover { background: var(--cg-surface-2); }
.panel .guide { flex: none; width: 28px; height: 28px; padding: 0; border-radius: 50%; font-weight: var(--cg-weight-strong); }
.panel .guide::before { content: '?'; }
.panel .toggle { border: 0; background: transparent; width: 28px; height: 28px; padding: 0; font-size: 16px; flex: none; }
.panel .body { overflow-y: auto; padding: var(--cg-space-2); display: flex; flex-direction: column; gap: var(--cg-space-2); }
.panel.collapsed .body, .panel.collapsed .foot { display: none; }
.panel .clear { color: var(--cg-ok); margin: var(--cg-space-1) 0; }
.panel .clear::before { content: '✓ '; }
.panel .more { display: flex; align-items: center; justify-content: space-between;
  color: var(--cg-text-muted); font-size: var(--cg-text-xs); }
.panel .foot { padding: var(--cg-space-1) var(--cg-space-3) 6px; font-size: var(--cg-text-xs); color: var(--cg-text-muted);
  border-top: 1px solid var(--cg-border); }
.panel .foot:empty { display: none; }
.panel .coverage { color: var(--cg-sev-medium); }
.panel .coverage::before { content: '◆ '; }
.entry { border: 1px solid var(--cg-border); border-left: 4px solid var(--cg-sev-medium); border-radius: var(--cg-radius);
  padding: var(--cg-space-2); display: flex; flex-direction: column; gap: var(--cg-space-1); }
.entry.sev3 { border-left-color: var(--cg-sev-high); border-left-style: double; border-left-width: 6px; }
.panel .paused { font-weight: var(--cg-weight-strong); }
.entry .top { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.entry .sev { font-size: 11px; font-weight: 700; color: var(--cg-sev-high); background: var(--cg-sev-high-bg);
  border: 1px solid currentColor; border-radius: var(--cg-radius-sm); padding: 0 var(--cg-space-1); }
.entry .sev::before { content: '▲ '; }
.entry .what { font-weight: var(--cg-weight-strong); flex: 1; }
.entry time { color: var(--cg-text-muted); font-size: var(--cg-text-xs); }
.entry .who, .entry .quote { unicode-bidi: isolate; overflow-wrap: anywhere; }
.entry .who { font-weight: var(--cg-weight-strong); }
.entry mark { background: #ffd54f; color: #000; outline: 1px dashed #000; border-radius: 2px; padding: 0 1px; }
.entry .why, .entry .imitates { margin: 0; font-size: var(--cg-text-xs); overflow-wrap: anywhere; }
.entry .why { padding-left: 18px; }
.entry .quotes { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 2px; }
.entry .quote { background: var(--cg-surface); border-radius: var(--cg-radius-sm); padding: 2px 6px; white-space: pre-wrap; }
.entry details { border-top: 1px dashed var(--cg-border); padding-top: var(--cg-space-1); }
.entry summary { cursor: pointer; font-weight: var(--cg-weight-strong); }
.entry ol { margin: 2px 0 0; padding-left: 20px; }
.entry .todo-title { font-size: var(--cg-text-xs); text-transform: uppercase; letter-spacing: .03em; color: var(--cg-text-muted); }
.entry .notes { margin: 0; padding-left: 18px; font-style: italic; }
.entry .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 2px; }
.entry .note-form { display: flex; flex-direction: column; gap: var(--cg-space-1); }
.entry .note-form[hidden] { display: none; }
.entry textarea { font: inherit; color: inherit; background: var(--cg-bg); min-height: 48px; resize: vertical;
  border: 1px solid var(--cg-border-strong); border-radius: 6px; padding: var(--cg-space-1); }
.entry .status { font-size: var(--cg-text-xs); color: var(--cg-accent); }
.entry .status:empty { display: none; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.row-outline { position: fixed; left: 0; top: 0; pointer-events: none; border: 3px solid var(--cg-focus); border-radius: 6px;
  box-shadow: 0 0 0 3px rgba(26,86,219,.35); box-sizing: border-box; }
.row-outline[hidden] { display: none; }
`;
