import { createBr, createParagraph, createSelectionMarker, type ContentModelBlock, type ContentModelBlockGroup, type IEditor } from 'roosterjs';

// RoosterJS helpers shared by the Outlook-style and Proton-style pages.

// Plain text from RoosterJS's content model: one line per paragraph, <br> as '\n'.
function blockLines(block: ContentModelBlock): string[] {
  switch (block.blockType) {
    case 'Paragraph':
      return [
        block.segments
          .map((segment) => (segment.segmentType === 'Text' ? segment.text : segment.segmentType === 'Br' ? '\n' : ''))
          .join('')
          .replace(/\n$/, ''),
      ];
    case 'BlockGroup':
      return groupLines(block);
    case 'Table':
      return block.rows.flatMap((row) => row.cells.flatMap(groupLines));
    default:
      return [];
  }
}

function groupLines(group: ContentModelBlockGroup): string[] {
  return group.blocks.flatMap(blockLines);
}

export function modelText(editor: IEditor): string {
  return groupLines(editor.getContentModelCopy('disconnected')).join('\n');
}

/** Empties the editor through its own model, leaving one empty paragraph with the caret. */
export function clearModel(editor: IEditor): void {
  editor.formatContentModel((model) => {
    const empty = createParagraph();
    empty.segments.push(createSelectionMarker(), createBr());
    model.blocks = [empty];
    return true;
  });
}
