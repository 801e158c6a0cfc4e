import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../src/cli/args';
import { BATCH_DOCS, BatchBuilder, type BatchResult } from '../src/cli/batch';
import { lineRecord, type DocRecord } from '../src/cli/inputs';
import { renderDocument, type RenderOptions } from '../src/cli/render';
import { renderBatch } from '../src/cli/worker';

const options: RenderOptions = { format: 'jsonl', fields: ['keywords', 'entities'], sectionSize: 1_000_000, many: true };
const line = (name: string, n: number, s: string | Uint8Array) => ({ name, line: n, bytes: typeof s === 'string' ? Buffer.from(s) : s });
const decode = (r: BatchResult) => {
  const out: Array<string | { id: unknown; error: string }> = [];
  let at = 0;
  for (const d of r.docs) {
    if (typeof d !== 'number') out.push(d);
    else out.push(Buffer.from(r.bytes.subarray(at, (at += d))).toString('utf8'));
  }
  expect(at).toBe(r.bytes.length);
  return out;
};

describe('CLI batches: raw lines parsed in the worker give what the main thread would have', () => {
  const texts = ['Anna Svensson bor i Umeå och säger att hon trivs.', 'Regeringen i Stockholm fattade beslutet i går.', 'Malmö FF vann matchen på söndagen.'];

  it('documents, blank lines, bad JSON, a missing text and non-UTF-8 bytes, in order', () => {
    const b = new BatchBuilder();
    const raw = [
      line('korpus.jsonl', 1, JSON.stringify({ id: 'a', text: texts[0], källa: 'x' })),
      line('korpus.jsonl', 2, '   '),
      line('korpus.jsonl', 3, '{"id": "b", "text"'),
      line('korpus.jsonl', 4, JSON.stringify({ id: 'c' })),
      line('korpus.jsonl', 5, Uint8Array.from([0x7b, 0xe5, 0x7d])),
      line('korpus.jsonl', 6, JSON.stringify({ text: texts[1] })),
    ];
    for (const l of raw) {
      expect(b.takesLine(l)).toBe(true);
      b.addLine(l);
    }
    const { task, transfer } = b.task(options, 'jsonl');
    expect(transfer).toHaveLength(1);
    const got = decode(renderBatch(task));
    // What the main thread renders line by line (the -j 1 path).
    const want = raw.flatMap((l): Array<string | { id: unknown; error: string }> => {
      const rec = lineRecord(l.bytes, l.name, l.line, 'jsonl');
      if (!rec) return [];
      if ('error' in rec) return [{ id: rec.id, error: rec.error }];
      return [[...renderDocument(rec, options, 0)].join('')];
    });
    expect(got).toEqual(want);
    expect(got.map((g) => (typeof g === 'string' ? JSON.parse(g).id : g.id))).toEqual(['a', 'b', 'c', 'korpus.jsonl:5', 'korpus.jsonl:6']);
    expect(got[1]).toMatchObject({ error: expect.stringMatching(/^korpus\.jsonl:3: invalid JSON/) });
    expect(got[2]).toMatchObject({ error: 'korpus.jsonl:4: missing "text"' });
    expect(got[3]).toMatchObject({ error: 'korpus.jsonl:5: not valid UTF-8 text' });
  });

  it('records keep their run positions (HTML numbers its articles by them)', () => {
    const b = new BatchBuilder();
    const recs: DocRecord[] = texts.map((text, i) => ({ id: `t${i}`, text }));
    recs.forEach((r, i) => b.addRec(r, 7 + i));
    const html: RenderOptions = { ...options, format: 'html' };
    const got = decode(renderBatch(b.task(html, 'files').task));
    expect(got).toEqual(recs.map((r, i) => [...renderDocument(r, html, 7 + i)].join('')));
  });

  it('a batch is full at its document limit; sources and kinds do not mix', () => {
    const b = new BatchBuilder();
    for (let i = 0; i < BATCH_DOCS - 1; i++) b.addLine(line('a', i + 1, 'Hej.'));
    expect(b.full).toBe(false);
    b.addLine(line('a', BATCH_DOCS, 'Hej.'));
    expect(b.full).toBe(true);
    expect(b.takesLine(line('b', 1, 'Hej.'))).toBe(false);
    expect(b.takesRec()).toBe(false);
    const r = new BatchBuilder();
    r.addRec({ id: 1, text: 'Hej.' }, 0);
    expect(r.takesLine(line('a', 1, 'Hej.'))).toBe(false);
    expect(r.empty).toBe(false);
    expect(new BatchBuilder().empty).toBe(true);
  });

  it('every field the CLI knows can be asked of a worker', () => {
    const b = new BatchBuilder();
    b.addLine(line('x', 1, JSON.stringify({ id: 1, text: texts[2] })));
    const all: RenderOptions = { ...options, fields: [...FIELDS] };
    const [out] = decode(renderBatch(b.task(all, 'jsonl').task));
    expect(Object.keys(JSON.parse(out as string))).toEqual(['id', ...FIELDS]);
  });
});

describe('CLI with worker threads as a streaming filter', () => {
  it('answers each line as it comes, before standard input ends (-j 2)', async () => {
    const root = resolve(__dirname, '..');
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli.ts'), 'analyze', '--jsonl', '--format', 'jsonl', '--fields', 'entities', '-j', '2'], { cwd: root });
    let out = '';
    const lines: string[] = [];
    const waitLine = () =>
      new Promise<string>((ok, fail) => {
        const check = () => {
          const nl = out.indexOf('\n');
          if (nl < 0) return false;
          lines.push(out.slice(0, nl));
          out = out.slice(nl + 1);
          ok(lines.at(-1)!);
          return true;
        };
        if (check()) return;
        const onData = (d: Buffer) => {
          out += d.toString('utf8');
          if (check()) child.stdout.off('data', onData);
        };
        child.stdout.on('data', onData);
        child.once('exit', (code) => fail(new Error(`exited ${code} before a line came`)));
      });
    child.stdin.write(`${JSON.stringify({ id: 'först', text: 'Anna Svensson bor i Umeå.' })}\n`);
    expect(JSON.parse(await waitLine())).toMatchObject({ id: 'först' });
    child.stdin.write(`${JSON.stringify({ id: 'sedan', text: 'Per Olsson flyttade till Malmö.' })}\n`);
    expect(JSON.parse(await waitLine())).toMatchObject({ id: 'sedan' });
    child.stdin.end();
    const code = await new Promise((ok) => child.once('exit', ok));
    expect(code).toBe(0);
  }, 120_000);
});
