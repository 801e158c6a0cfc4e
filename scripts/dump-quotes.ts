/**
 * `tsx scripts/dump-quotes.ts > out.json`: the quote step's output (with and without entities) on
 * every news-dev, news-dev2 and suite text and the seed article, one JSON line per text, so a
 * refactor can be checked byte for byte (`diff before.json after.json`). With `--bare`, the
 * `rule`, `resolution` and `confidence` fields that later steps add are left out, so outputs from
 * before they existed compare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../src/api/quotes';
import { findQuotes } from '../src/pipeline/06-quotes';
import { buildContext } from '../src/pipeline/context';
import { DATA, ROOT } from './shared-data';

const bare = process.argv.includes('--bare');
const DROP = new Set(['rule', 'resolution', 'confidence']);
const replacer = (k: string, v: unknown): unknown => (bare && DROP.has(k) ? undefined : v);
const dirs = [join(DATA, 'news-dev'), join(DATA, 'news-dev2'), join(ROOT, 'test', 'quotes-suite')];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)));
files.push(join(ROOT, 'fixtures', 'seed_akademikern.txt'));
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const withEntities = extractQuotes(text);
  const alone = findQuotes(buildContext(text), []);
  console.log(JSON.stringify({ file: f.slice(f.lastIndexOf('/', f.lastIndexOf('/') - 1) + 1), withEntities, alone }, replacer));
}
