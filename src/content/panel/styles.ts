/** Static CSS only, appended to the overlay host's sheet; no data is ever interpolated here. */
export const PANEL_CSS = `
.panel { position: fixed; left: 0; top: 0; width: min(340px, calc(100vw - 32px)); max-height: calc(100vh - 200px);
  display: flex; flex-direction: column; pointer-events: auto; background: #fff; color: #1b1b1f;
  border: 1px solid #c4c7c5; border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.3); overflow: hidden; }
.panel.collapsed { width: auto; max-width: min(340px, calc(100vw - 32px)); }
.panel .header { display: flex; align-items: center; gap: 8px; padding: 6px 6px 6px 12px; cursor: move;
  background: #f1f3f4; user-select: none; touch-action: none; }
.panel .header:focus-visible, .panel button:focus-visible, .panel summary:focus-visible, .panel textarea:focus-visible
  { outline: 2px solid #1a56db; outline-offset: 1px; }
.panel .name { font-weight: 600; white-space: nowrap; }
.panel .summary { flex: 1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.panel .summary.alert { color: #b3261e; font-weight: 600; }
.panel button { font: inherit; color: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #747775;
  background: #fff; padding: 3px 8px; }
.panel button:hover { background: #eef1f4; }
.panel .toggle { border: 0; background: transparent; width: 28px; height: 28px; padding: 0; font-size: 16px; flex: none; }
.panel .body { overflow-y: auto; padding: 8px; display: flex; flex-direction: column; gap: 8px; }
.panel.collapsed .body, .panel.collapsed .foot { display: none; }
.panel .clear { color: #1e6b2e; }
.panel .foot { padding: 4px 12px 6px; font-size: 12px; color: #444; border-top: 1px solid #e3e3e3; }
.panel .foot:empty { display: none; }
.panel .coverage { color: #7a4a00; }
.panel .paused { font-weight: 600; }
.entry { border: 1px solid #dadce0; border-left: 4px solid #c77700; border-radius: 8px; padding: 8px;
  display: flex; flex-direction: column; gap: 4px; }
.entry.sev3 { border-left-color: #b3261e; }
.entry .top { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.entry .sev { font-size: 11px; font-weight: 700; color: #fff; background: #b3261e; border-radius: 4px; padding: 0 4px; }
.entry .what { font-weight: 600; flex: 1; }
.entry time { color: #555; font-size: 12px; }
.entry .who, .entry .quote { unicode-bidi: isolate; overflow-wrap: anywhere; }
.entry .who { font-weight: 600; }
.entry .quotes { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: 2px; }
.entry .quote { background: #f6f7f8; border-radius: 4px; padding: 2px 6px; white-space: pre-wrap; }
.entry details { border-top: 1px dashed #dadce0; padding-top: 4px; }
.entry summary { cursor: pointer; font-weight: 600; }
.entry ol { margin: 2px 0 0; padding-left: 20px; }
.entry .todo-title { font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: #555; }
.entry .notes { margin: 0; padding-left: 18px; font-style: italic; }
.entry .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 2px; }
.entry .note-form { display: flex; flex-direction: column; gap: 4px; }
.entry .note-form[hidden] { display: none; }
.entry textarea { font: inherit; min-height: 48px; resize: vertical; border: 1px solid #747775; border-radius: 6px; padding: 4px; }
.entry .status { font-size: 12px; color: #1a56db; }
.entry .status:empty { display: none; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.row-outline { position: fixed; left: 0; top: 0; pointer-events: none; border: 3px solid #1a56db; border-radius: 6px;
  box-shadow: 0 0 0 3px rgba(26,86,219,.35); box-sizing: border-box; }
.row-outline[hidden] { display: none; }
@media (prefers-color-scheme: dark) {
  .panel { background: #1f1f23; color: #e8e8ea; border-color: #5f6368; }
  .panel .header { background: #2b2b30; }
  .panel button { background: #2b2b30; border-color: #9aa0a6; }
  .panel button:hover { background: #35353b; }
  .entry { border-color: #44474a; }
  .entry .quote { background: #2b2b30; }
  .entry time, .entry .todo-title, .panel .foot { color: #bdc1c6; }
  .panel .clear { color: #81c995; }
  .panel .coverage { color: #fdd663; }
}
`;
