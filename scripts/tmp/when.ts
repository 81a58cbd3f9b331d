import { analyzeDraft } from '../../lib/clarity';
import { EN } from '../../lib/clarity/lexicon/en';
import { compile } from '../../lib/clarity/patterns';
import { prepare } from '../../lib/clarity/normalize';
import { writerSets } from '../eval-clarity';
for (const s of writerSets().filter((s) => s.tuned && !s.writer.startsWith('stack'))) for (const d of s.drafts) {
  if (d.askType !== 'action' || !d.kinds.includes('missing-when')) continue;
  const r = analyzeDraft(d.text);
  if (r.findings.some((f) => f.kind === 'missing-when') || !r.isRequest) continue;
  const t = prepare(d.text, EN).matchText;
  const hits = EN.when.map((p) => { const m = compile(p, '').exec(t); return m ? t.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10).replace(/\n/g, ' ') : null; }).filter(Boolean);
  console.log(d.id, JSON.stringify(hits[0]));
}
