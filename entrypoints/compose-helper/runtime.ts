// The page-side scripts reach the extension through the engine's own runtime
// object, not webextension-polyfill: sendMessage already returns a promise in
// both Chrome (MV3) and Firefox, sendResponse works in both, and the polyfill
// would add 3 kB gzipped and its set-up to pages we do not own.

export type SendResponse = (reply: unknown) => void;

export interface PageRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, sendResponse: SendResponse) => boolean | undefined): void;
  };
}

export function pageRuntime(): PageRuntime {
  const g = globalThis as { browser?: { runtime?: PageRuntime }; chrome?: { runtime?: PageRuntime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime) throw new Error('Reciprocity: no extension runtime in this frame.');
  return runtime;
}
