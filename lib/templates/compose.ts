import type { TemplateDef } from './builtin';

const SLOT = /\{\{(\w+)\}\}/g;

/**
 * Builds the message live from the form: a line appears once every field it
 * uses is filled, so a half-filled form still reads naturally.
 */
export function composeMessage(template: Pick<TemplateDef, 'lines'>, values: Record<string, string>): string {
  const lines: string[] = [];
  for (const line of template.lines) {
    const keys = [...line.matchAll(SLOT)].map((m) => m[1]!);
    if (keys.some((k) => !(values[k] ?? '').trim())) continue;
    lines.push(line.replace(SLOT, (_, k: string, at: number) => tidy(values[k] ?? '', line[at + k.length + 4])));
  }
  return lines.join('\n');
}

/** A value's own closing punctuation would double the template's. */
function tidy(value: string, next: string | undefined): string {
  const trimmed = value.trim();
  return next && /[.?!,]/.test(next) ? trimmed.replace(/[.?!]+$/, '') : trimmed;
}
