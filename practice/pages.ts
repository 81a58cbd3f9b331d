// Every practice page and where its composer is, for tests (the lab's own
// e2e spec and the compose helper's). Paths are folders under practice/.

export interface PracticePage {
  /** Folder under practice/, also the URL path. */
  path: string;
  /** window.__practice.editor on that page. */
  editor: string;
  /** The site the page imitates. */
  site: string;
  /** Where a person clicks to write; pierces open shadow roots in Playwright. */
  composer: string;
  /** The composer is inside this same-origin iframe. */
  frame?: string;
  /** A button to press before the composer exists. */
  opener?: string;
  /** Enter sends (Shift+Enter starts a new line), as in chat apps. */
  enterSends?: boolean;
  /**
   * The write-back path that reaches this editor's model and lets one undo
   * restore the draft (PRODUCT.md's measurements, checked by
   * tests/e2e/practice-lab.spec.ts; ProseMirror, Trix and Squire as measured here):
   * execCommand('insertText'); a beforeinput 'insertText' whose text rides in
   * dataTransfer (data: null); or a paste event carrying text/plain.
   */
  writeBack: 'execCommand' | 'beforeinput' | 'paste';
}

export const PRACTICE_PAGES: readonly PracticePage[] = [
  { path: 'textarea', editor: 'textarea', site: 'most sites (React)', composer: '#compose', writeBack: 'execCommand' },
  { path: 'contenteditable', editor: 'contenteditable', site: 'Gmail', composer: '#compose', writeBack: 'execCommand' },
  { path: 'roosterjs', editor: 'roosterjs', site: 'Outlook on the web', composer: '#compose', writeBack: 'paste' },
  { path: 'iframe', editor: 'roosterjs-iframe', site: 'Proton Mail', composer: '#compose', frame: '#compose-frame', writeBack: 'paste' },
  // PRODUCT.md lists execCommand for Squire, but it bypasses Squire's undo
  // checkpoint: one undo then leaves the draft's last word missing. Squire's
  // own paste handler saves a checkpoint first, so paste restores exactly.
  { path: 'squire', editor: 'squire', site: 'Fastmail', composer: '#compose', writeBack: 'paste' },
  { path: 'quill', editor: 'quill', site: 'Slack', composer: '#compose .ql-editor', writeBack: 'execCommand' },
  { path: 'slate', editor: 'slate', site: 'Discord', composer: '#compose', writeBack: 'beforeinput' },
  { path: 'lexical', editor: 'lexical', site: 'WhatsApp Web', composer: '#compose', writeBack: 'beforeinput' },
  { path: 'ckeditor', editor: 'ckeditor', site: 'Microsoft Teams', composer: '#compose', writeBack: 'beforeinput' },
  { path: 'draft', editor: 'draft', site: 'Facebook-built composers', composer: '.public-DraftEditor-content', writeBack: 'paste' },
  { path: 'prosemirror', editor: 'prosemirror', site: 'Tiptap / Atlassian', composer: '#compose .ProseMirror', writeBack: 'execCommand' },
  { path: 'trix', editor: 'trix', site: 'Basecamp, HEY', composer: 'trix-editor', writeBack: 'beforeinput' },
  { path: 'shadow', editor: 'shadow-contenteditable', site: 'web-component sites', composer: '#compose', writeBack: 'execCommand' },
  { path: 'late', editor: 'late-contenteditable', site: 'single-page webmail', composer: '#compose', opener: '#new-message', writeBack: 'execCommand' },
  { path: 'fields', editor: 'textarea-among-fields', site: 'support forms', composer: '#compose', writeBack: 'execCommand' },
  { path: 'chat', editor: 'chat-textarea', site: 'Telegram Web, Google Chat', composer: '#compose', enterSends: true, writeBack: 'execCommand' },
];
