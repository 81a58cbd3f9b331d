import { editableText } from '../shared/editable-text';
import { installPractice } from '../shared/practice';

// A design-system web component: its message box sits in an open shadow root.
class ComposeBox extends HTMLElement {
  readonly box: HTMLDivElement;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.innerHTML = `
      <style>
        .label { display: block; font-weight: 600; margin: 12px 0 6px; }
        .box { border: 1px solid var(--border); border-radius: 8px; padding: 10px 12px; min-height: 140px;
               background: var(--surface); color: var(--text); }
        .box:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
      </style>
      <span class="label" id="label"></span>
      <div class="box" id="compose" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="label"></div>`;
    this.box = shadow.getElementById('compose') as HTMLDivElement;
  }

  connectedCallback(): void {
    (this.shadowRoot!.getElementById('label') as HTMLElement).textContent = this.getAttribute('label') ?? 'Message';
  }
}
customElements.define('compose-box', ComposeBox);

const composer = document.getElementById('composer') as ComposeBox;

installPractice('shadow-contenteditable', {
  getText: () => editableText(composer.box),
  focus: () => composer.box.focus(),
  clear: () => composer.box.replaceChildren(),
  undo: () => {
    composer.box.focus();
    document.execCommand('undo');
  },
});
