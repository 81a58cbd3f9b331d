import type { TemplateDef } from './builtin';

const SLOT = /\{\{(\w+)\}\}/g;

/**
 * Builds the message live from the form: a line appears once every field it
 * uses is filled, so a half-filled form still reads naturally.
 */
export function composeMessage(template: Pick<TemplateDef, 'lines'>, values: Record<string, string>): string {
  const lines: string[] = [];
  const complete = (line: string) => [...line.matchAll(SLOT)].every((m) => (values[m[1]!] ?? '').trim() !== '');
  for (const entry of template.lines) {
    const line = (Array.isArray(entry) ? entry : [entry]).find(complete);
    if (line !== undefined) lines.push(line.replace(SLOT, (_, k: string, at: number) => tidy(values[k] ?? '', line[at + k.length + 4])));
  }
  return lines.join('\n');
}

/** A value's own closing punctuation would double the template's. */
function tidy(value: string, next: string | undefined): string {
  const trimmed = value.trim();
  return next && /[.?!,]/.test(next) ? trimmed.replace(/[.?!]+$/, '') : trimmed;
}
