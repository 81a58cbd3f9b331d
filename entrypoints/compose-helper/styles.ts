/** The helper's own styles, inside its shadow root; the page's CSS cannot reach them. */
export const HELPER_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; }
.wrap { --bg:#ffffff; --text:#1f2a27; --muted:#55625e; --accent:#2f6f62; --accent-text:#fff; --border:#cfc8bb; --mark:#fde7b0; --focus:#1a5fb4; color: var(--text); }
@media (prefers-color-scheme: dark) {
  .wrap { --bg:#212827; --text:#ece8e1; --muted:#a9b3ae; --accent:#7cc4b2; --accent-text:#0d1a17; --border:#45514e; --mark:#6b5522; --focus:#8ab4f8; }
}
button { cursor: pointer; border-radius: 999px; border: 1px solid var(--border); background: var(--bg); color: var(--text); padding: 4px 10px; }
button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.trigger { position: fixed; z-index: 2147483646; display: flex; gap: 2px; align-items: center; }
[hidden] { display: none !important; }
.trigger .open { background: var(--accent); color: var(--accent-text); border-color: var(--accent); box-shadow: 0 2px 6px rgb(0 0 0 / .2); }
.trigger .dismiss { padding: 2px 7px; font-size: 12px; }
.panel { position: fixed; z-index: 2147483647; width: min(420px, calc(100vw - 16px)); max-height: min(560px, calc(100vh - 16px)); overflow: auto;
  background: var(--bg); border: 1px solid var(--border); border-radius: 12px; padding: 14px 16px; box-shadow: 0 8px 28px rgb(0 0 0 / .25); }
h2 { font-size: 15px; font-weight: 600; margin: 0 0 6px; }
h3 { font-size: 13px; font-weight: 600; margin: 12px 0 4px; }
p { margin: 0 0 8px; }
ul { margin: 0; padding-left: 18px; }
li { margin: 2px 0; }
.parts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 10px; }
.parts li[data-present="true"]::before { content: '✓ '; color: var(--accent); }
.parts li[data-present="false"]::before { content: '○ '; color: var(--muted); }
.quote { color: var(--muted); }
.proposal { white-space: pre-wrap; border: 1px solid var(--border); border-radius: 8px; padding: 8px 10px; margin: 4px 0 10px; }
mark { background: var(--mark); color: inherit; border-radius: 3px; padding: 0 2px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
.actions .primary { background: var(--accent); color: var(--accent-text); border-color: var(--accent); }
.close { position: absolute; top: 8px; right: 8px; padding: 2px 8px; }
.status { min-height: 1.2em; margin-top: 8px; color: var(--muted); }
.muted { color: var(--muted); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
