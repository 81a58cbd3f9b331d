import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { composeFieldFor, deepActiveElement } from './compose-helper/field';
import { pageRuntime } from './compose-helper/runtime';

// What every target page runs at load, listed in the manifest by
// wxt.config.ts: three capture listeners on the window and nothing else —
// not even a look at the DOM, whose first touch in a new script world costs
// milliseconds. The helper itself (the analyzer, trigger and panel) is
// injected by the background once the user is in a compose box.
export default defineUnlistedScript(() => {
  const state = globalThis as { __reciprocityBoot?: boolean; __reciprocityHelper?: boolean };
  if (state.__reciprocityBoot) return;
  state.__reciprocityBoot = true;

  const EVENTS = ['focusin', 'pointerup', 'input'] as const;
  let asking = false;
  // Typing in a search box sends an input event per key; judge each field once.
  let lastRejected: Element | null = null;

  const inComposeBox = () => {
    try {
      const active = deepActiveElement(document);
      if (active === lastRejected) return false;
      if (composeFieldFor(active)) return true;
      lastRejected = active;
      return false;
    } catch {
      return false; // Never throw into the page.
    }
  };

  const stop = () => {
    for (const type of EVENTS) removeEventListener(type, onEvent, true);
  };

  const load = () => {
    if (asking || state.__reciprocityHelper || !inComposeBox()) return;
    asking = true;
    // Any reply means done: loaded, or not wanted here (turned off, no access).
    // No reply (the worker was restarting) means try again on the next event.
    pageRuntime()
      .sendMessage({ type: 'helper.load', payload: {} })
      .then(
        (reply) => reply && stop(),
        () => undefined,
      )
      .finally(() => {
        asking = false;
      });
  };

  function onEvent(e: Event) {
    if (e.isTrusted) load();
  }
  for (const type of EVENTS) addEventListener(type, onEvent, { capture: true, passive: true });
});
