import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createLightClient, parseContentMessage } from '@/lib/messaging/light';
import { deepActiveElement } from './field';
import { startHelper } from './helper';
import { pageRuntime } from './runtime';

/** Focus is in a child frame: that frame's own helper answers. */
const focusIsInChildFrame = () => /^(?:IFRAME|FRAME)$/.test(deepActiveElement(document)?.tagName ?? '');

// Injected by the background into one frame: on the first focus of a compose
// box (compose-boot), or into every frame of the tab for the context menu and
// the keyboard shortcut (activeTab).
export default defineUnlistedScript(() => {
  // Injected again by the context menu or shortcut: one helper per frame.
  const flag = globalThis as { __reciprocityHelper?: boolean };
  if (flag.__reciprocityHelper) return;
  flag.__reciprocityHelper = true;

  const runtime = pageRuntime();
  const helper = startHelper({
    doc: document,
    request: createLightClient((m) => runtime.sendMessage(m)),
    writeClipboard: (text) => navigator.clipboard.writeText(text),
  });

  runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const message = parseContentMessage(raw);
    const focusedHere = document.hasFocus() && !focusIsInChildFrame();
    // Only the frame that holds focus (or, for the side panel, the last-used field) answers.
    let reply: Promise<unknown> | undefined;
    if (message?.type === 'helper.open' && focusedHere) reply = helper.openOnFocused().then(() => ({ ok: true as const }));
    if (message?.type === 'helper.insert' && (focusedHere || helper.hasField())) reply = helper.insert(message.payload.text);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  });
});
