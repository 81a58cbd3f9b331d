// The slice of Draft.js 0.11.7 this page uses (the package ships Flow types only).
declare module 'draft-js' {
  import type { Component } from 'react';

  export class ContentState {
    getPlainText(delimiter?: string): string;
  }
  export type EditorChangeType = 'insert-characters' | 'remove-range' | 'undo' | 'redo' | 'insert-fragment';
  export class EditorState {
    static createEmpty(): EditorState;
    static push(state: EditorState, content: ContentState, change: EditorChangeType): EditorState;
    static undo(state: EditorState): EditorState;
    static redo(state: EditorState): EditorState;
    getCurrentContent(): ContentState;
  }
  export interface EditorProps {
    editorState: EditorState;
    onChange(state: EditorState): void;
    placeholder?: string;
    ariaLabelledBy?: string;
    ariaLabel?: string;
  }
  export class Editor extends Component<EditorProps> {
    focus(): void;
    blur(): void;
  }
}
