import type { SenderKind } from './protocol';

/** The parts of runtime.MessageSender the trust decision needs. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Decides who is talking. Only this extension's own pages and content scripts
 * are trusted; anything else (another extension, a web page through
 * externally_connectable) is refused.
 */
export function classifySender(sender: SenderInfo, selfId: string, selfOrigin: string): SenderKind | null {
  if (sender.id !== selfId) return null;
  const url = sender.url ?? '';
  const base = selfOrigin.endsWith('/') ? selfOrigin : `${selfOrigin}/`;
  // Compared as text: URL.origin of extension schemes differs between engines.
  if (url.startsWith(base) || `${sender.origin ?? ''}/` === base) return 'page';
  // Same-origin about:blank / srcdoc frames (composers in iframes) run our content script too.
  if (sender.tab?.id !== undefined && /^(?:https?:\/\/|about:(?:blank|srcdoc)$)/.test(url)) return 'content';
  return null;
}
