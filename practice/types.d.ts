// The practice lab's test contract: every page exposes its editor's own model
// text here, so tests can check what the editor believes, not just the DOM.
export interface PracticeContract {
  /** Which editor the page is built on, e.g. "lexical". */
  editor: string;
  /** Plain text from the editor's model: '\n' between paragraphs, no trailing newline. */
  getText(): string;
  focus(): void;
  /** Texts the page's own Send button has sent, oldest first. */
  sent(): string[];
  /** The editor's own undo, when it has one. */
  undo?(): void;
}

declare global {
  interface Window {
    __practice?: PracticeContract;
  }
}
