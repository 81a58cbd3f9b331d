// The compose helper's side of the protocol, without zod: it ships inside a
// content script with a 25 kB budget, and it only ever hears from our own
// background (which validates everything it receives with the zod schemas).
import type { ContentMessageType, ContentRequestOf, MessageType, RequestOf, ResponseOf } from './protocol';
import type { SendFn } from './client';

const MAX_TEXT = 100_000;

export class LightMessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Sends a typed request and checks the reply envelope by hand; retries while the worker wakes. */
export function createLightClient(send: SendFn, wait = (ms: number) => new Promise((r) => setTimeout(r, ms))) {
  return async function request<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = (await send({ type, payload })) as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } } | undefined;
        if (reply?.ok === true && typeof reply.data === 'object' && reply.data !== null) return reply.data as ResponseOf<T>;
        const error = reply?.error;
        throw new LightMessageError(String(error?.code ?? 'bad-reply'), String(error?.message ?? 'Unexpected reply.'));
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        if (attempt >= 3 || !/Receiving end does not exist|Could not establish connection/i.test(text)) throw error;
        await wait(100 * 2 ** attempt);
      }
    }
  };
}

export type ContentMessage = { [T in ContentMessageType]: { type: T; payload: ContentRequestOf<T> } }[ContentMessageType];

/** Accepts only the two messages the background sends to the helper, in their exact shape. */
export function parseContentMessage(raw: unknown): ContentMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  if (type === 'helper.open') return Object.keys(payload).length === 0 ? { type, payload: {} } : null;
  if (type === 'helper.insert') {
    const keys = Object.keys(payload);
    const text = (payload as { text?: unknown }).text;
    if (keys.length !== 1 || typeof text !== 'string' || text.length > MAX_TEXT) return null;
    return { type, payload: { text } };
  }
  return null;
}
