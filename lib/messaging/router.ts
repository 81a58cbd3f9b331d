import { MESSAGES, envelopeSchema, isMessageType } from './protocol';
import type { MessageType, Reply, RequestOf, ResponseOf, SenderKind } from './protocol';
import { classifySender, type SenderInfo } from './sender';

export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>>;
};

export interface RouterOptions {
  selfId: string;
  selfOrigin: string;
  /** Returns false when a sender should slow down. */
  allow?: (kind: SenderKind, sender: SenderInfo) => boolean;
}

/** Validates sender, envelope and payload, then runs the one matching handler. */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  return async function route(raw: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    const kind = classifySender(sender, options.selfId, options.selfOrigin);
    if (!kind) return fail('untrusted-sender', 'This message did not come from Reciprocity.');
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success || !isMessageType(envelope.data.type)) {
      return fail('bad-message', 'Unknown message.');
    }
    const type = envelope.data.type;
    const spec = MESSAGES[type];
    if (!(spec.from as readonly SenderKind[]).includes(kind)) {
      return fail('not-allowed', `“${type}” cannot be sent from a ${kind}.`);
    }
    if (options.allow && !options.allow(kind, sender)) {
      return fail('rate-limited', 'Too many requests; try again in a moment.');
    }
    const payload = spec.request.safeParse(envelope.data.payload);
    if (!payload.success) return fail('bad-message', `“${type}” had an unexpected shape.`);
    try {
      const handler = handlers[type] as (p: unknown, s: SenderInfo) => Promise<unknown>;
      return { ok: true, data: await handler(payload.data, sender) };
    } catch (error) {
      return fail('failed', error instanceof Error ? error.message : String(error));
    }
  };
}

function fail(code: Extract<Reply<unknown>, { ok: false }>['error']['code'], message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}
