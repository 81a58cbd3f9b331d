// Checks a labelled JSONL file against the schema the eval reads: one line per draft,
// known kinds only, askType consistent with isRequest, ask kinds only on requests,
// and every span an exact substring of its text. Usage: node scripts/check-labelled.mjs FILE...
import { readFileSync } from 'node:fs';

const KINDS = ['vague-ask', 'missing-when', 'no-easy-out', 'diffuse-ask', 'multiple-asks', 'pressure', 'over-apology', 'hedging', 'debt-language', 'scorekeeping'];
const ACTION_ONLY = ['vague-ask', 'missing-when', 'no-easy-out', 'diffuse-ask'];
let bad = 0;
for (const file of process.argv.slice(2)) {
  const ids = new Set();
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    let d;
    try { d = JSON.parse(line); } catch { console.log(`${where}: not JSON`); bad++; return; }
    const problems = [];
    if (typeof d.id !== 'string' || ids.has(d.id)) problems.push('id missing or repeated');
    ids.add(d.id);
    if (typeof d.text !== 'string' || !d.text.trim()) problems.push('text missing');
    if (typeof d.isRequest !== 'boolean') problems.push('isRequest not boolean');
    if (!['action', 'info', 'none'].includes(d.askType)) problems.push('askType not action/info/none');
    if ((d.askType === 'none') === d.isRequest) problems.push('askType must be none exactly when isRequest is false');
    if (!Array.isArray(d.kinds) || d.kinds.some((k) => !KINDS.includes(k))) problems.push('unknown kind');
    else {
      if (!d.isRequest && d.kinds.some((k) => [...ACTION_ONLY, 'multiple-asks'].includes(k))) problems.push('ask kind on a non-request');
      if (d.askType === 'info' && d.kinds.some((k) => ACTION_ONLY.includes(k))) problems.push('info ask carries an action-only kind');
    }
    if (d.spans !== undefined) {
      for (const [k, s] of Object.entries(d.spans)) {
        if (!KINDS.includes(k)) problems.push(`span for unknown kind ${k}`);
        else if (!d.kinds.includes(k)) problems.push(`span for ${k} but kind not listed`);
        if (typeof s !== 'string' || !d.text.includes(s)) problems.push(`span for ${k} is not an exact substring of text`);
      }
    }
    if (problems.length) { bad++; console.log(`${where} (${d.id}): ${problems.join('; ')}`); }
  });
  console.log(`${file}: ${lines.length} lines`);
}
if (bad) { console.log(`${bad} bad lines`); process.exit(1); }
console.log('all good');
