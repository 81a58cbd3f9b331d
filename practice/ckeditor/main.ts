import { InlineEditor } from '@ckeditor/ckeditor5-editor-inline';
import { Essentials } from '@ckeditor/ckeditor5-essentials';
import { Paragraph } from '@ckeditor/ckeditor5-paragraph';
import { Undo } from '@ckeditor/ckeditor5-undo';
import type { ModelElement, ModelNode } from '@ckeditor/ckeditor5-engine';
import 'ckeditor5/ckeditor5.css';
import { installPractice } from '../shared/practice';

// Microsoft Teams style: CKEditor 5 inline; text comes from its model root.
const host = document.getElementById('compose') as HTMLDivElement;
const editor = await InlineEditor.create(host, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Undo],
  placeholder: 'Type a message',
  // Teams keeps formatting behind a button; this composer is text only.
  toolbar: { items: [] },
});

function nodeText(node: ModelNode): string {
  if (node.is('$text')) return node.data;
  if (node.is('element', 'softBreak')) return '\n';
  return node.is('element') ? Array.from((node as ModelElement).getChildren(), nodeText).join('') : '';
}

installPractice('ckeditor', {
  getText: () => {
    const root = editor.model.document.getRoot();
    return root ? Array.from(root.getChildren(), nodeText).join('\n') : '';
  },
  focus: () => editor.editing.view.focus(),
  clear: () => editor.setData(''),
  undo: () => editor.execute('undo'),
});
