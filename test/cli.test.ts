import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../src/cli/args';
import { main } from '../src/cli/main';

// The CLI runs from source through tsx (`node --import tsx src/cli.ts`): CI runs the tests
// before the build, and a test that rebuilds dist/ would race other processes using it.
const ROOT = resolve(__dirname, '..');
const SEED = join(ROOT, 'fixtures', 'seed_akademikern.txt');
const tmp = mkdtempSync(join(tmpdir(), 'swedish-nlp-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = join(tmp, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

/** Runs the CLI in this process (fast: the models load once for the whole file). */
async function cli(args: string[], input: string | Uint8Array = '') {
  const jobs = args.includes('-j') || args[0] !== 'analyze' ? [] : ['-j', '1'];
  const out: string[] = [];
  const err: string[] = [];
  const sink = (to: string[]) => new Writable({ decodeStrings: false, write: (chunk: string, _e, cb) => (to.push(String(chunk)), cb()) });
  const io = { stdin: Readable.from([Buffer.from(input)]), stdout: sink(out), stderr: sink(err) };
  let code: number;
  try {
    code = await main([...args, ...jobs], io);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    err.push(`${e.message}\n`);
    code = e.exitCode;
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** Runs the CLI as a process, from source. */
function spawnCli(args: string[], input?: string | Uint8Array) {
  // One thread unless a test asks for more: each worker thread loads tsx and the models.
  const jobs = args.includes('-j') || args[0] !== 'analyze' ? [] : ['-j', '1'];
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli.ts'), ...args, ...jobs], {
    cwd: ROOT,
    encoding: 'utf8',
    input: input ?? '',
    timeout: 90_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const jsonLines = (s: string) => s.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
const stderrLines = (s: string) => s.trimEnd().split('\n').filter(Boolean);

const LATIN1 = Buffer.from('Hej p\xe5 dig, h\xe4r \xe4r Malm\xf6.', 'latin1');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hej då', 'utf16le')]);

describe('swedish-nlp CLI: a bad file is an error record, the run goes on, exit code 1', () => {
  it.each([
    ['a missing file', () => join(tmp, 'finns-inte.txt'), /no such file/],
    ['invalid UTF-8', () => file('latin1.txt', LATIN1), /not valid UTF-8/],
    ['a binary file', () => file('bild.png', PNG), /binary/],
    ['UTF-16 text', () => file('utf16.txt', UTF16), /UTF-16/],
  ])('%s', async (_name, path, message) => {
    const good = file('bra.txt', 'Regeringen fattade beslutet i går.');
    const p = path();
    const text = await cli(['analyze', p, good]);
    expect(text.code).toBe(1);
    expect(text.stdout.startsWith(`${good}\n═══`)).toBe(true);
    expect(stderrLines(text.stderr)).toHaveLength(1);
    expect(text.stderr).toMatch(message);
    expect(text.stderr).toContain(p);

    const jsonl = await cli(['analyze', '--format', 'jsonl', '--fields', 'summary', p, good]);
    expect(jsonl.code).toBe(1);
    const [bad, ok] = jsonLines(jsonl.stdout);
    expect(bad).toEqual({ id: p, error: expect.stringMatching(message) });
    expect(ok).toMatchObject({ id: good, summary: { words: 5, sentences: 1 } });
  });

  it('a lone bad file: nothing on stdout in the text report, exit 1', async () => {
    const r = await cli(['analyze', join(tmp, 'saknas.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrLines(r.stderr)).toEqual([expect.stringMatching(/^swedish-nlp: .*saknas\.txt: no such file$/)]);
  });
});

describe('swedish-nlp CLI: bad JSONL records never stop a run', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: 'Regeringen fattade beslutet i går, säger Anna Svensson.', url: 'https://example.se/a', n: 1 }),
    'inte json alls',
    JSON.stringify({ id: 'b' }),
    JSON.stringify({ id: 'c', text: 42 }),
    '',
    JSON.stringify(['en', 'lista']),
    JSON.stringify({ text: 'Utan id.' }),
  ];
  const input = Buffer.concat([Buffer.from(`${lines.join('\n')}\n`), Buffer.from([0x7b, 0xe5, 0x7d, 0x0a]), Buffer.from(`${JSON.stringify({ id: 'z', text: 'Sist.' })}\r\n`)]);

  it.each([['-j 1', ['-j', '1']], ['-j 2', ['-j', '2']]])('one result or error record per line, in input order (%s)', async (_n, jobs) => {
    const r = await cli(['analyze', '--jsonl', '--format', 'jsonl', '--fields', 'keywords', ...jobs], input);
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', 'stdin:2', 'b', 'c', 'stdin:6', 'stdin:7', 'stdin:8', 'z']);
    expect(out[0]).toMatchObject({ url: 'https://example.se/a', n: 1 });
    expect(Object.keys(out[0]!)).toEqual(['id', 'url', 'n', 'keywords']);
    expect(out[1]!.error).toMatch(/stdin:2: invalid JSON/);
    expect(out[2]!.error).toMatch(/missing "text"/);
    expect(out[3]!.error).toMatch(/"text" is not a string/);
    expect(out[4]!.error).toMatch(/not a JSON object/);
    expect(out[5]).toHaveProperty('keywords');
    expect(out[6]!.error).toMatch(/stdin:8: not valid UTF-8/);
    expect(out[7]).toHaveProperty('keywords');
    expect(stderrLines(r.stderr)).toHaveLength(5);
  });

  it('all good records: exit 0, nothing on stderr', async () => {
    const r = await cli(['analyze', '--jsonl', '--format', 'jsonl', '--fields', 'entities'], `${lines[0]}\n${lines[6]}\n`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(jsonLines(r.stdout)).toHaveLength(2);
  });
});

describe('swedish-nlp CLI: usage errors are exit code 2', () => {
  it.each([
    ['no arguments', []],
    ['an unknown command', ['analyse', SEED]],
    ['an unknown option', ['analyze', SEED, '--xml']],
    ['a missing file argument', ['analyze']],
    ['an unknown format', ['analyze', '--format', 'xml', SEED]],
    ['a format without value', ['analyze', SEED, '--format']],
    ['an unknown field', ['analyze', '--fields', 'entities,ljud', SEED]],
    ['a bad job count', ['analyze', '-j', '0', SEED]],
    ['--jsonl with --lines', ['analyze', '--jsonl', '--lines']],
    ['stdin twice', ['analyze', '-', '-']],
  ])('%s: usage on stderr', async (_name, args) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^swedish-nlp: .+\nusage: swedish-nlp analyze/);
  });

  it.each([[['--help']], [['-h']], [['help']], [['analyze', '--help']]])('%j prints the usage with examples on stdout, exit 0', async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: swedish-nlp analyze \[options\] <file\|dir\|->\.\.\./);
    expect(r.stdout).toMatch(/Examples\n {2}swedish-nlp analyze/);
    expect(r.stderr).toBe('');
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`swedish-nlp ${version}\n`);
  });
});

describe('swedish-nlp CLI: inputs and formats', () => {
  it('an empty file gives an empty result, exit 0', async () => {
    const p = file('tom.txt', '');
    const json = await cli(['analyze', p, '--json']);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as { id: string; text: string; sentences: unknown[]; tokens: unknown[] };
    expect(doc).toMatchObject({ id: p, text: '', sentences: [], tokens: [] });
    const report = await cli(['analyze', p]);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/0 meningar/);
  });

  it('the seed article: --json has token ranges instead of copies, the report has its sections', async () => {
    const json = await cli(['analyze', '--json', SEED]);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    type Doc = {
      text: string;
      sentences: Array<{ start: number; end: number; tokens: [number, number] }>;
      tokens: Array<{ text: string; start: number; end: number; stem: string; stopword: boolean }>;
      entities: Array<{ start: number; text: string }>;
      entityGroups: Array<{ name: string; mentions: number[] }>;
      summary: Record<string, unknown>;
    };
    const doc = JSON.parse(json.stdout) as Doc;
    expect(doc.text.startsWith('Laura Hartman')).toBe(true);
    expect(doc.sentences.length).toBeGreaterThan(20);
    for (const s of doc.sentences) {
      const [first, end] = s.tokens;
      expect(end).toBeGreaterThan(first);
      expect(doc.tokens[first]!.start).toBeGreaterThanOrEqual(s.start);
      expect(doc.tokens[end - 1]!.end).toBeLessThanOrEqual(s.end);
    }
    expect(doc.sentences.at(-1)!.tokens[1]).toBe(doc.tokens.length);
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    const hartman = doc.entityGroups.find((g) => g.name === 'Laura Hartman')!;
    expect(hartman.mentions.map((i) => doc.entities[i]!.text)).toContain('Laura Hartman');
    expect(Object.keys(doc.summary).sort()).toEqual(['metadata', 'readability', 'sentences', 'title', 'words']);

    const report = await cli(['analyze', SEED]);
    expect(report.code).toBe(0);
    expect(report.stdout.startsWith(`${SEED}\n═══`)).toBe(true);
    expect(report.stdout).toMatch(/^NYCKELORD$/m);
    expect(report.stdout).toMatch(/Personer +Laura Hartman \(\d+\)/);
    expect(report.stdout).toMatch(/”Allt fler ser baksidorna med detaljerad styrning”/);
    expect(report.stdout).not.toMatch(/\*\*|^#|^>/m);
    expect(report.stdout).not.toMatch(/EJ VISADE/);
  });

  it('html: one page for one document, one page of articles for several', async () => {
    const one = await cli(['analyze', '--format', 'html', '-'], 'Anna Svensson <script>alert(1)</script> bor i Umeå.');
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(one.stdout).not.toContain('<script>');
    expect(one.stdout).toContain('&lt;script&gt;');
    const many = await cli(['analyze', '--format', 'html', '--lines'], 'Anna Svensson bor i Umeå.\nPer Ek <b>jobbar</b> i Lund.\n');
    expect(many.code).toBe(0);
    expect(many.stdout.match(/<!DOCTYPE html>/gi)).toHaveLength(1);
    expect(many.stdout.match(/<article /g)).toHaveLength(2);
    expect(many.stdout).toContain('<h2 id="d2-source">stdin:2</h2>');
    expect(many.stdout).not.toContain('<b>');
    expect(many.stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('directories: .txt and .md files below them, recursively, in sorted order; json is then an array', async () => {
    const dir = join(tmp, 'arkiv');
    file('arkiv/b.txt', 'Andra texten.');
    file('arkiv/a/z.md', 'Första texten.');
    file('arkiv/a/bild.png', PNG);
    file('arkiv/c.txt', 'Tredje texten.');
    const r = await cli(['analyze', '--json', '--fields', 'text', dir]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout) as Array<{ id: string; text: string }>;
    expect(docs.map((d) => d.text)).toEqual(['Första texten.', 'Andra texten.', 'Tredje texten.']);
    expect(docs[0]!.id).toBe(join(dir, 'a', 'z.md'));
  });

  it('--lines: one document per line, id <source>:<line>; markdown and text separate documents', async () => {
    const r = await cli(['analyze', '--lines', '--format', 'jsonl', '--fields', 'text'], 'Första raden.\n\nTredje raden.\n');
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([
      { id: 'stdin:1', text: 'Första raden.' },
      { id: 'stdin:3', text: 'Tredje raden.' },
    ]);
    const md = await cli(['analyze', '--lines', '--format', 'markdown'], 'Anna Svensson kom.\nPer Olsson gick.\n');
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n---\n')).toHaveLength(2);
    const text = await cli(['analyze', '--lines'], 'Anna Svensson kom.\nPer Olsson gick.\n');
    expect(text.stdout.match(/^stdin:\d$/gm)).toEqual(['stdin:1', 'stdin:2']);
  });

  it('reads standard input with -', async () => {
    const r = await cli(['analyze', '-', '--json', '--fields', 'sentences'], 'Regeringen fattade beslutet i går. Oppositionen protesterade.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      id: '-',
      sentences: [
        { start: 0, end: 34, tokens: [0, 6] },
        { start: 35, end: 61, tokens: [6, 9] },
      ],
    });
  });

  it('invalid UTF-8 on standard input is an error record', async () => {
    const r = await cli(['analyze', '-', '--format', 'jsonl'], Uint8Array.from([0x68, 0x65, 0x6a, 0xe5]));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stdin: not valid UTF-8/);
    expect(jsonLines(r.stdout)).toEqual([{ id: '-', error: 'stdin: not valid UTF-8 text' }]);
  });

  it('a long document in sections streams the same tokens and sentences as in one piece', async () => {
    const para = (i: number) => `Stycke ${i} handlar om Göteborg. – Det är viktigt, säger Anna Svensson till Dagens Nyheter.`;
    const text = Array.from({ length: 12 }, (_, i) => para(i)).join('\n\n');
    const whole = JSON.parse((await cli(['analyze', '-', '--json', '--fields', 'tokens,sentences,paragraphs,entities'], text)).stdout) as Record<string, unknown>;
    const cut = await cli(['analyze', '-', '--json', '--fields', 'tokens,sentences,paragraphs,entities,summary', '--section-size', '300'], text);
    expect(cut.code).toBe(0);
    const parts = JSON.parse(cut.stdout) as Record<string, unknown>;
    expect(parts.sections).toBeGreaterThan(3);
    expect(parts.summary).toBeNull();
    for (const f of ['tokens', 'sentences', 'paragraphs', 'entities']) expect(parts[f]).toEqual(whole[f]);
  });
});

describe('swedish-nlp CLI as a process: exit codes, worker threads, pipes', () => {
  it('exit 0 with results in order from two worker threads, exit 1 with an error record, exit 2 on bad usage', () => {
    const input = Array.from({ length: 9 }, (_, i) => JSON.stringify({ id: i, text: `Artikel ${i}. ${'Anna Svensson bor i Umeå. '.repeat(i * 3)}` })).join('\n');
    const ok = spawnCli(['analyze', '--jsonl', '--format', 'jsonl', '--fields', 'entities', '-j', '2'], input);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const out = jsonLines(ok.stdout) as Array<{ id: number; entities: unknown[] }>;
    expect(out.map((o) => o.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    // Each text has more entities than the one before: the results are not shuffled.
    out.forEach((o, i) => i && expect(o.entities.length).toBeGreaterThan(out[i - 1]!.entities.length));

    const bad = spawnCli(['analyze', '--jsonl', '--format', 'jsonl', '-j', '2'], `${input}\n{"id": 9, "text"\n`);
    expect(bad.code).toBe(1);
    expect(jsonLines(bad.stdout).at(-1)).toEqual({ id: 9, error: expect.stringMatching(/stdin:10: invalid JSON/) });
    expect(stderrLines(bad.stderr)).toHaveLength(1);

    const usage = spawnCli(['analyze', '--format', 'xml', SEED]);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^swedish-nlp: --format takes text\|markdown\|json\|jsonl\|html, got xml\nusage:/);
  });

  it('a closed pipe (| head) ends quietly', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Mening nummer ${i} om Stockholm och Malmö.`).join('\n');
    const input = join(tmp, 'rader.txt');
    writeFileSync(input, lines);
    const r = spawnSync('bash', ['-c', `set -o pipefail; node --import tsx src/cli.ts analyze --lines --format jsonl -j 1 '${input}' | head -c 100 > /dev/null`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
