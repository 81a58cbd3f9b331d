import { MESSAGES, replySchema } from './protocol';
import type { MessageType, RequestOf, ResponseOf } from './protocol';

export type SendFn = (message: unknown) => Promise<unknown>;

export class MessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

const WAKE_RETRIES = 3;

/**
 * Sends one typed request. A service worker that was asleep can miss the first
 * message ("Receiving end does not exist"), so that case is retried briefly.
 */
export function createClient(send: SendFn, wait = (ms: number) => new Promise((r) => setTimeout(r, ms))) {
  return async function request<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
    let lastError: unknown;
    for (let attempt = 0; attempt <= WAKE_RETRIES; attempt++) {
      try {
        const raw = await send({ type, payload });
        const reply = replySchema.safeParse(raw);
        if (!reply.success) throw new MessageError('bad-reply', 'The background sent an unexpected reply.');
        if (!reply.data.ok) throw new MessageError(reply.data.error.code, reply.data.error.message);
        const data = MESSAGES[type].response.safeParse(reply.data.data);
        if (!data.success) throw new MessageError('bad-reply', `Unexpected reply to “${type}”.`);
        return data.data as ResponseOf<T>;
      } catch (error) {
        if (!isWakeError(error)) throw error;
        lastError = error;
        await wait(100 * 2 ** attempt);
      }
    }
    throw lastError;
  };
}

function isWakeError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /Receiving end does not exist|Could not establish connection/i.test(text);
}
