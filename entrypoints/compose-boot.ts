import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { composeFieldFor, deepActiveElement } from './compose-helper/field';
import { pageRuntime } from './compose-helper/runtime';

// What every target page runs at load, listed in the manifest by
// wxt.config.ts: a focus listener and nothing else. The helper itself (the
// analyzer, trigger and panel) is injected by the background the first time
// the user is in a compose box, so pages never pay for it at load.
export default defineUnlistedScript(() => {
  const state = globalThis as { __reciprocityBoot?: boolean; __reciprocityHelper?: boolean };
  if (state.__reciprocityBoot) return;
  state.__reciprocityBoot = true;

  let asking = false;

  const inComposeBox = () => {
    try {
      return composeFieldFor(deepActiveElement(document)) !== null;
    } catch {
      return false; // Never throw into the page.
    }
  };

  const load = () => {
    if (asking || state.__reciprocityHelper || !inComposeBox()) return;
    asking = true;
    // Any reply means done: loaded, or not wanted here (turned off, no access).
    // No reply (the worker was restarting) means try again on the next focus.
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

  const onFocus = (e: Event) => {
    if (e.isTrusted) load();
  };
  const stop = () => {
    removeEventListener('focusin', onFocus, true);
    document.removeEventListener('pointerup', onFocus, true);
  };
  addEventListener('focusin', onFocus, true);
  document.addEventListener('pointerup', onFocus, true);
  // The page may have put the caret in its compose box before we arrived.
  load();
});
