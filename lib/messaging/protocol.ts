// The one message protocol between content scripts, extension pages and the
// background. zod/mini keeps the content script small; every message is
// parsed on receipt, whatever the sender claims.
import * as z from 'zod/mini';
import { ALL_KINDS } from '../clarity/types';

// Extension CSPs forbid eval; without this zod probes `new Function` and the
// browser reports a CSP violation on every page. Global for zod and zod/mini.
z.config({ jitless: true });

/** Who may send a message: the extension's own pages, or its content scripts. */
export type SenderKind = 'page' | 'content';

const MAX_DRAFT = 100_000;

const hostname = z.string().check(z.minLength(1), z.maxLength(253));
const draftText = z.string().check(z.maxLength(MAX_DRAFT));
const empty = z.object({});
const ok = z.object({ ok: z.literal(true) });
const insertResult = z.object({ inserted: z.boolean(), reason: z.optional(z.string().check(z.maxLength(300))) });

export const MESSAGES = {
  /** Any context → background: is it awake, and which version is it. */
  ping: { from: ['page', 'content'], request: empty, response: z.object({ version: z.string() }) },
  /** Compose boot script → background: a compose box is in use here; inject the helper into this frame. */
  'helper.load': { from: ['content'], request: empty, response: z.object({ loaded: z.boolean() }) },
  /**
   * Compose helper → background: what the analyzer finds in a draft and the
   * clearer version, in one round trip. Both run here, where no page size
   * budget applies; the draft is read and forgotten, never stored.
   */
  'clarity.analyze': {
    from: ['content'],
    request: z.object({ text: draftText }),
    response: z.object({
      report: z.object({
        isRequest: z.boolean(),
        askType: z.enum(['action', 'info', 'none']),
        elements: z.object({ ask: z.boolean(), when: z.boolean(), size: z.boolean(), why: z.boolean(), easyNo: z.boolean() }),
        findings: z
          .array(
            z.object({
              kind: z.enum(ALL_KINDS),
              start: z.number(),
              end: z.number(),
              message: z.string().check(z.maxLength(500)),
              suggestion: z.optional(z.string().check(z.maxLength(500))),
            }),
          )
          .check(z.maxLength(200)),
        truncated: z.boolean(),
        analysedLength: z.number(),
        register: z.enum(['chat', 'email']),
      }),
      proposal: z.object({
        text: z.string(),
        changed: z.boolean(),
        placeholders: z.array(z.object({ start: z.number(), end: z.number(), label: z.string() })),
      }),
    }),
  },
  /** Compose helper → background: should the helper run on this site? */
  'site.status': {
    from: ['content'],
    request: z.object({ host: hostname }),
    response: z.object({ enabled: z.boolean() }),
  },
  /** Compose helper → background: the user turned the helper off here. */
  'site.disable': { from: ['content', 'page'], request: z.object({ host: hostname }), response: ok },
  /** Compose helper → background: save the draft the user chose to keep. */
  'draft.save': {
    from: ['content', 'page'],
    request: z.object({ title: z.string().check(z.maxLength(200)), body: draftText }),
    response: z.object({ id: z.string() }),
  },
  /** Compose helper → background: hand a draft to the side panel's builder. */
  'builder.prefill': {
    from: ['content'],
    request: z.object({ body: draftText }),
    response: z.object({ opened: z.boolean() }),
  },
  /** Pages → background: settings that drive alarms or scripts changed. */
  'settings.changed': { from: ['page'], request: empty, response: ok },
  /** Side panel → background: put this text into the compose box focused in the active tab. */
  'compose.insert': { from: ['page'], request: z.object({ text: draftText }), response: insertResult },
} as const satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;

export type MessageType = keyof typeof MESSAGES;
export type RequestOf<T extends MessageType> = z.infer<(typeof MESSAGES)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof MESSAGES)[T]['response']>;

export const envelopeSchema = z.object({
  type: z.string().check(z.maxLength(64)),
  payload: z.unknown(),
});

export type Envelope<T extends MessageType = MessageType> = { type: T; payload: RequestOf<T> };

export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };
export type ErrorCode = 'untrusted-sender' | 'bad-message' | 'not-allowed' | 'rate-limited' | 'failed';

export const replySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string() }),
  }),
]);

export function isMessageType(type: string): type is MessageType {
  return Object.prototype.hasOwnProperty.call(MESSAGES, type);
}

/**
 * Background → compose helper (content script, via tabs.sendMessage). The
 * content script validates these too: only the background can reach it this way.
 */
export const CONTENT_MESSAGES = {
  /** Context menu or keyboard shortcut: open the helper's panel on the focused field. */
  'helper.open': { request: empty, response: ok },
  /** Side panel's "Insert into page": write this text into the focused compose box. */
  'helper.insert': { request: z.object({ text: draftText }), response: insertResult },
} as const satisfies Record<string, { request: z.ZodMiniType; response: z.ZodMiniType }>;

export type ContentMessageType = keyof typeof CONTENT_MESSAGES;
export type ContentRequestOf<T extends ContentMessageType> = z.infer<(typeof CONTENT_MESSAGES)[T]['request']>;
export type ContentResponseOf<T extends ContentMessageType> = z.infer<(typeof CONTENT_MESSAGES)[T]['response']>;
