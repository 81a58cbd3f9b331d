// A plain contenteditable has no model but its DOM, so this reads it the way
// the site would: block elements and <br> become line breaks.
const BLOCKS = new Set(['DIV', 'P', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function editableText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    lines.push(line);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.nodeValue ?? '';
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === 'BR') {
      // A lone <br> only holds an empty block open; it is not a line of its own.
      const onlyChild = node.parentElement?.childNodes.length === 1 && BLOCKS.has(node.parentElement.tagName);
      if (!onlyChild) flush();
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block && line) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  root.childNodes.forEach(walk);
  if (line) flush();
  return lines.join('\n').replace(/\u00a0/g, ' ').replace(/\n+$/, '');
}
