/**
 * The `swedish-nlp` command line. Node only; the library entry (`src/index.ts`) stays browser-safe.
 *
 *   swedish-nlp analyze <file|->  [--json]
 */
import { readFileSync, statSync } from 'node:fs';
import { analyze } from './index';

const USAGE = 'usage: swedish-nlp analyze <file|-> [--json]';

function fail(message: string): never {
  process.stderr.write(`swedish-nlp: ${message}\n`);
  process.exit(2);
}

function readInput(path: string): string {
  let buf: Buffer;
  try {
    if (path !== '-' && statSync(path).isDirectory()) fail(`${path}: is a directory`);
    buf = readFileSync(path === '-' ? 0 : path);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    fail(`${path}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.message}`);
  }
  if (buf.includes(0)) fail(`${path}: binary input (contains NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    fail(`${path}: not valid UTF-8`);
  }
}

function main(argv: string[]): void {
  const args = argv.filter((a) => !a.startsWith('--'));
  const json = argv.includes('--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args[0] !== 'analyze' || args.length !== 2) fail(USAGE);
  const text = readInput(args[1]!);
  const doc = analyze(text);
  if (json) {
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return;
  }
  const words = doc.tokens.filter((t) => t.kind === 'word');
  const stop = words.filter((t) => t.stopword).length;
  const lines = [
    `sentences: ${doc.sentences.length}`,
    `tokens: ${doc.tokens.length} (words: ${words.length}, stopwords: ${words.length ? ((100 * stop) / words.length).toFixed(1) : '0.0'} %)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv.slice(2));
