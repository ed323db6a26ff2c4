/** The card is never taller than the window less this. */
export const CARD_ROOM_PX = 200;

/** Static CSS only; no data is ever interpolated here. */
export const CHECKLIST_CSS = `
:host { all: initial; }
.card { position: fixed; left: 0; top: 0; width: min(340px, calc(100vw - 32px)); max-height: calc(100vh - ${CARD_ROOM_PX}px);
  display: flex; flex-direction: column; pointer-events: auto; background: #fff; color: #1b1b1f;
  font: 13px/1.4 system-ui, "Segoe UI", Roboto, Arial, sans-serif;
  border: 1px solid #c4c7c5; border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.3); overflow: hidden; }
.card[hidden] { display: none; }
.head { display: flex; align-items: center; gap: 8px; padding: 6px 6px 6px 12px; background: #e8f0fe; }
.head h2 { font-size: 14px; margin: 0; flex: 1; }
.count { font-size: 12px; color: #444; white-space: nowrap; }
.body { overflow-y: auto; padding: 8px 12px; }
.intro { margin: 0 0 6px; color: #444; }
ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
li { border: 1px solid #dadce0; border-left: 4px solid #c77700; border-radius: 8px; padding: 6px 8px; }
li.done { border-left-color: #1e7e34; }
label { display: flex; gap: 6px; align-items: flex-start; font-weight: 600; cursor: pointer; }
input[type="checkbox"] { margin: 2px 0 0; width: 16px; height: 16px; flex: none; }
.state { font-size: 12px; color: #555; margin-left: 22px; }
.state.off { color: #b3261e; }
.note { font-size: 12px; color: #555; margin: 2px 0 0 22px; }
details { margin-left: 22px; font-size: 12px; }
summary { cursor: pointer; color: #1a56db; }
ol { margin: 2px 0 0; padding-left: 18px; }
button { font: inherit; color: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #747775;
  background: #fff; padding: 3px 8px; }
button:hover { background: #eef1f4; }
.close { border: 0; background: transparent; width: 28px; height: 28px; padding: 0; font-size: 18px; flex: none; }
.act { margin: 4px 0 0 22px; }
.foot { display: flex; flex-wrap: wrap; gap: 6px; padding: 6px 12px 8px; border-top: 1px solid #e3e3e3; }
.status { font-size: 12px; color: #1a56db; margin-left: 22px; }
.status:empty { display: none; }
button:focus-visible, input:focus-visible, summary:focus-visible { outline: 2px solid #1a56db; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f1f23; color: #e8e8ea; border-color: #5f6368; }
  .head { background: #2b2f3a; }
  button { background: #2b2b30; border-color: #9aa0a6; }
  button:hover { background: #35353b; }
  li { border-color: #44474a; }
  .intro, .count, .state, .note { color: #bdc1c6; }
  .state.off { color: #f2b8b5; }
  summary, .status { color: #8ab4f8; }
}
`;
