import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI runs from source through tsx (`node --import tsx src/cli.ts`): CI runs the tests
// before the build, and a test that rebuilds dist/ would race other processes using it.
const ROOT = resolve(__dirname, '..');
const SEED = join(ROOT, 'fixtures', 'seed_akademikern.txt');
const tmp = mkdtempSync(join(tmpdir(), 'swedish-nlp-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

function cli(args: string[], input?: string | Uint8Array) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: input ?? '',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('swedish-nlp CLI: bad input is one line on stderr and exit code 2', () => {
  it.each([
    ['a missing file', () => join(tmp, 'finns-inte.txt'), /no such file/],
    ['a directory', () => tmp, /is a directory/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from('Hej p\xe5 dig, h\xe4r \xe4r Malm\xf6.', 'latin1')), /not valid UTF-8/],
    ['a binary file', () => file('bild.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /binary/],
    ['UTF-16 text', () => file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hej då', 'utf16le')])), /UTF-16/],
  ])('%s', (_name, path, message) => {
    const p = path();
    const r = cli(['analyze', p]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(p);
  });
});

describe('swedish-nlp CLI: usage', () => {
  it.each([
    ['no arguments', []],
    ['an unknown command', ['analyse', SEED]],
    ['an unknown option', ['analyze', SEED, '--xml']],
    ['a missing file argument', ['analyze']],
    ['two files', ['analyze', SEED, SEED]],
  ])('%s: usage on stderr, exit 2', (_name, args) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/usage: swedish-nlp analyze/);
  });

  it('--help prints the usage on stdout, exit 0', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage: swedish-nlp analyze <file\|->/);
    expect(r.stderr).toBe('');
  });
});

describe('swedish-nlp CLI: analyze', () => {
  it('an empty file gives an empty result, exit 0', () => {
    const p = file('tom.txt', '');
    const json = cli(['analyze', p, '--json']);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as { text: string; sentences: unknown[]; tokens: unknown[] };
    expect(doc.text).toBe('');
    expect(doc.sentences).toEqual([]);
    expect(doc.tokens).toEqual([]);
    const report = cli(['analyze', p]);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/sentences\s+0/);
  });

  it('the seed article: --json parses, the report has its sections', () => {
    const json = cli(['analyze', '--json', SEED]);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('');
    const doc = JSON.parse(json.stdout) as { text: string; sentences: Array<{ text: string }>; tokens: Array<{ stem: string; stopword: boolean }> };
    expect(doc.text.startsWith('Laura Hartman')).toBe(true);
    expect(doc.sentences.length).toBeGreaterThan(20);
    expect(doc.tokens.some((t) => t.stopword)).toBe(true);
    expect(doc.tokens.every((t) => typeof t.stem === 'string')).toBe(true);

    const report = cli(['analyze', SEED]);
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/^Overview$/m);
    expect(report.stdout).toMatch(/sentences\s+\d+/);
    expect(report.stdout).toMatch(/stopwords\s+\d+ of \d+ words \(\d+\.\d %\)/);
    expect(report.stdout).toMatch(/styrning/i);
  });

  it('reads standard input with -', () => {
    const r = cli(['analyze', '-', '--json'], 'Regeringen fattade beslutet i går. Oppositionen protesterade.');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { sentences: unknown[] };
    expect(doc.sentences).toHaveLength(2);
  });

  it('rejects invalid UTF-8 on standard input', () => {
    const r = cli(['analyze', '-'], Uint8Array.from([0x68, 0x65, 0x6a, 0xe5]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/stdin: not valid UTF-8/);
  });
});
