import { h } from './dom';
import { HELPER_CSS } from './styles';

/**
 * One host element for all the helper's UI, with an open shadow root (so
 * assistive technology and tests can reach it) and its own styles. Created on
 * first use, never at page load.
 */
export function createUiRoot(doc: Document): { root: ShadowRoot; wrap: HTMLElement; announce: (text: string) => void; remove: () => void } {
  const host = doc.createElement('reciprocity-helper');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = HELPER_CSS;
  // Tells screen-reader users what happened after the panel has closed.
  const live = h(doc, 'div', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  const wrap = h(doc, 'div', { class: 'wrap' }, live);
  root.append(style, wrap);
  doc.documentElement.append(host);
  return {
    root,
    wrap,
    announce: (text) => {
      live.textContent = text;
    },
    remove: () => host.remove(),
  };
}
