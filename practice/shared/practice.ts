import type { PracticeContract } from '../types';

/** What a page knows about its editor; the Send wiring is shared. */
export interface EditorHandle {
  getText(): string;
  focus(): void;
  /** Empties the editor after sending, the way the site would. */
  clear(): void;
  undo?(): void;
}

/** Trims trailing newlines and unifies line endings and non-breaking spaces. */
export function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/\u200b/g, '').replace(/\n+$/, '');
}

/**
 * Wires the page's Send button (#send) to move the editor's model text into
 * the Sent list (#sent) and installs window.__practice.
 */
export function installPractice(editor: string, handle: EditorHandle, doc: Document = document): PracticeContract {
  const sent: string[] = [];
  const list = doc.getElementById('sent');
  const send = (): void => {
    const text = normalise(handle.getText());
    if (!text.trim()) return;
    sent.push(text);
    const item = doc.createElement('li');
    item.textContent = text;
    list?.append(item);
    handle.clear();
    handle.focus();
  };
  // Delegated, so pages that render their button later (React, late SPA) work too.
  doc.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('#send')) send();
  });
  const contract: PracticeContract = {
    editor,
    getText: () => normalise(handle.getText()),
    focus: () => handle.focus(),
    sent: () => [...sent],
    ...(handle.undo ? { undo: () => handle.undo?.() } : {}),
  };
  window.__practice = contract;
  return contract;
}

/** Sends on Enter (Shift+Enter keeps a new line), as chat sites do. */
export function sendOnEnter(target: HTMLElement | Document, doc: Document = document): void {
  target.addEventListener('keydown', (event) => {
    const key = event as KeyboardEvent;
    if (key.key !== 'Enter' || key.shiftKey || key.isComposing) return;
    key.preventDefault();
    doc.getElementById('send')?.click();
  });
}
