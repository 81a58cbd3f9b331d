import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createLightClient, parseContentMessage } from '@/lib/messaging/light';
import { COMPOSE_MATCHES } from '@/lib/sites';
import { deepActiveElement } from './field';
import { startHelper } from './helper';

/** Focus is in a child frame: that frame's own helper answers. */
const focusIsInChildFrame = () => /^(?:IFRAME|FRAME)$/.test(deepActiveElement(document)?.tagName ?? '');

export default defineContentScript({
  matches: [...COMPOSE_MATCHES],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    // Injected again by the context menu or shortcut: one helper per frame.
    const flag = globalThis as { __reciprocityHelper?: boolean };
    if (flag.__reciprocityHelper) return;
    flag.__reciprocityHelper = true;

    const helper = startHelper({
      doc: document,
      request: createLightClient((m) => browser.runtime.sendMessage(m)),
      writeClipboard: (text) => navigator.clipboard.writeText(text),
    });

    browser.runtime.onMessage.addListener((raw: unknown) => {
      const message = parseContentMessage(raw);
      const focusedHere = document.hasFocus() && !focusIsInChildFrame();
      // Only the frame that holds focus (or, for the side panel, the last-used field) answers.
      if (message?.type === 'helper.open' && focusedHere) return helper.openOnFocused().then(() => ({ ok: true as const }));
      if (message?.type === 'helper.insert' && (focusedHere || helper.hasField())) return helper.insert(message.payload.text);
      return undefined;
    });
  },
});
