import { EN } from '../../lib/clarity/lexicon/en';
import { compile } from '../../lib/clarity/patterns';
const text = 'hi sam, sorry to bother you, could you maybe help me move the sofa on saturday? i owe you one. thanks, maya';
const rows: [number, string, string][] = [];
let total = 0;
for (const [key, list] of Object.entries(EN)) {
  if (!Array.isArray(list) || typeof list[0] !== 'string' || key === 'signOffs' || key==='greetings' || key === 'actionVerbs' || key === 'imperativeVerbs' || key==='abbreviations' || key==='pleaseExceptions' || key==='backReferences') continue;
  for (const p of list as string[]) {
    const t0 = performance.now();
    const re = compile(p);
    re.exec(text);
    const dt = performance.now() - t0; total += dt;
    rows.push([dt, key, p.slice(0, 80)]);
  }
}
rows.sort((a, b) => b[0] - a[0]);
console.log('total first-exec ms', total.toFixed(0), 'n', rows.length);
const byKey: Record<string, number> = {};
for (const r of rows) byKey[r[1]] = (byKey[r[1]] ?? 0) + r[0];
console.log(Object.entries(byKey).sort((a,b)=>b[1]-a[1]).slice(0,8).map(([k,v])=>`${k} ${v.toFixed(0)}`).join(', '));
for (const r of rows.slice(0, 10)) console.log(r[0].toFixed(1).padStart(6), r[1].padEnd(10), r[2]);
