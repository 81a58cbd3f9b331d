import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { installPractice } from '../shared/practice';

// A React-controlled textarea: React state is the model, as on most sites.
const model = { value: '', set: (_: string) => {} };

function Composer() {
  const [value, setValue] = useState('');
  model.value = value;
  model.set = (next) => flushSync(() => setValue(next));
  return (
    <>
      <label htmlFor="compose">Message</label>
      <textarea
        id="compose"
        className="composer"
        rows={7}
        placeholder="Write a message…"
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <div className="toolbar">
        <button id="send" type="button">Send</button>
      </div>
    </>
  );
}

createRoot(document.getElementById('app')!).render(<Composer />);

installPractice('textarea', {
  getText: () => model.value,
  focus: () => document.getElementById('compose')?.focus(),
  clear: () => model.set(''),
  // The browser's own undo; React hears it as an ordinary input event.
  undo: () => {
    document.getElementById('compose')?.focus();
    document.execCommand('undo');
  },
});
