import { EN } from '../../lib/clarity/lexicon/en';
import { compile } from '../../lib/clarity/patterns';
import { writerSets } from '../eval-clarity';
const texts = writerSets().flatMap((s) => s.drafts).map((d) => d.text.toLowerCase());
const rows: [number, string, string][] = [];
for (const [key, list] of Object.entries(EN)) {
  if (!Array.isArray(list) || typeof list[0] !== 'string') continue;
  for (const p of list as string[]) {
    const re = compile(p);
    const t0 = performance.now();
    for (const t of texts) { re.lastIndex = 0; re.exec(t); }
    rows.push([performance.now() - t0, key, p.slice(0, 90)]);
  }
}
rows.sort((a, b) => b[0] - a[0]);
console.log('total ms', rows.reduce((s, r) => s + r[0], 0).toFixed(0), 'patterns', rows.length);
for (const r of rows.slice(0, 15)) console.log(r[0].toFixed(1).padStart(7), r[1].padEnd(12), r[2]);
