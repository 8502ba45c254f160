import { readFileSync } from 'node:fs';
import { toQueryPlan } from './src/lib/search/query.ts';
const v = JSON.parse(readFileSync('./dist/search-vocabulary.json', 'utf8'));
for (const q of readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)) { const p = toQueryPlan(q, v); console.log(q.slice(0,60).padEnd(60), '=>', p.kind, JSON.stringify(p.terms), p.declared?.href ?? '', p.intent?.href ?? '', p.reference?.href ?? ''); }
