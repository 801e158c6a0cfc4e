/**
 * The `swedish-nlp` command line. Node only; the library entry (`src/index.ts`) stays browser-safe.
 *
 *   swedish-nlp analyze <file|-> [--json]
 *
 * Exit codes: 0 success, 2 bad usage or unreadable input (missing file, directory, binary,
 * not UTF-8), 1 an internal error. Errors are one line on stderr.
 *
 * The readable report is a list of sections ({@link SECTIONS}), each built from the
 * `analyze()` result; a later stage adds its section there.
 */
import { readFileSync } from 'node:fs';
import { analyze, toMarkdown, type AnalyzedDocument } from './index.js';

const USAGE = `usage: swedish-nlp analyze <file|-> [--json]

Analyses a Swedish text (UTF-8) and prints a report: sentences, tokens, stopwords,
frequent words, entities, quotes and keywords.

  <file>      the text file to read; "-" reads standard input
  --json      print the full analyze() result as JSON instead
  -h, --help  show this help`;

/** An error that ends the program with a one-line message and an exit code. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------
// Input

/** Decodes bytes as UTF-8 text, refusing binary data and other encodings. */
function decodeInput(buf: Uint8Array, name: string): string {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new CliError(`${name}: not UTF-8 (UTF-16 byte-order mark); convert it to UTF-8 first`, 2);
  }
  if (buf.includes(0)) throw new CliError(`${name}: binary input (contains NUL bytes), expected UTF-8 text`, 2);
  try {
    // fatal: invalid byte sequences throw; a UTF-8 byte-order mark is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new CliError(`${name}: not valid UTF-8 text`, 2);
  }
}

function describeFsError(err: unknown, path: string): CliError {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'no such file'
    : code === 'EISDIR' ? 'is a directory, expected a file'
    : code === 'ENOTDIR' ? 'not a file (a part of the path is not a directory)'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'ELOOP' ? 'too many symbolic links'
    : ((err as Error).message ?? String(err)).split('\n')[0];
  return new CliError(`${path}: ${why}`, 2);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

async function readInput(path: string): Promise<string> {
  if (path === '-') {
    let buf: Buffer;
    try {
      buf = await readStdin();
    } catch (err) {
      throw describeFsError(err, 'stdin');
    }
    return decodeInput(buf, 'stdin');
  }
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw describeFsError(err, path);
  }
  return decodeInput(buf, path);
}

// ---------------------------------------------------------------------------------------------
// Report

/** One section of the readable report. */
interface ReportSection {
  /** Heading. */
  title: string;
  /** The section's lines (without indentation); an empty array leaves the section out. */
  render(doc: AnalyzedDocument): string[];
}

const pct = (part: number, whole: number): string => (whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1));

/** Shortens a string to `max` characters with an ellipsis, on one line. */
function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

/** The sections of the readable report, in order. Later stages add theirs here. */
const SECTIONS: ReportSection[] = [
  {
    title: 'Summary',
    render(doc) {
      return doc.text.trim() === '' ? [] : toMarkdown(doc.summary).trimEnd().split('\n');
    },
  },
  {
    title: 'Overview',
    render(doc) {
      const kinds = new Map<string, number>();
      for (const t of doc.tokens) kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1);
      const words = doc.tokens.filter((t) => t.kind === 'word');
      const stop = words.filter((t) => t.stopword).length;
      const byKind = [...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
      return [
        `characters   ${doc.text.length}`,
        `paragraphs   ${doc.paragraphs.length}`,
        `sentences    ${doc.sentences.length}`,
        `tokens       ${doc.tokens.length}${byKind ? ` (${byKind})` : ''}`,
        `stopwords    ${stop} of ${words.length} words (${pct(stop, words.length)} %)`,
      ];
    },
  },
  {
    title: 'Frequent words (stopwords left out, inflections grouped by stem)',
    render(doc) {
      // stem → count, and each lower-case form with its count and first spelling (`Laura`, `styrningen`)
      const groups = new Map<string, { count: number; forms: Map<string, { n: number; text: string }> }>();
      for (const t of doc.tokens) {
        if (t.kind !== 'word' || t.stopword) continue;
        let g = groups.get(t.stem);
        if (!g) groups.set(t.stem, (g = { count: 0, forms: new Map() }));
        g.count++;
        const f = g.forms.get(t.normal);
        if (f) f.n++;
        else g.forms.set(t.normal, { n: 1, text: t.text });
      }
      const top = [...groups.values()].filter((g) => g.count >= 2).sort((a, b) => b.count - a.count).slice(0, 12);
      return top.map((g) => {
        const forms = [...g.forms.values()].sort((a, b) => b.n - a.n).map((f) => f.text);
        return `${String(g.count).padStart(4)}  ${forms.slice(0, 4).join(', ')}${forms.length > 4 ? ', …' : ''}`;
      });
    },
  },
  {
    title: 'Quotes (who said what)',
    render(doc) {
      return doc.quotes.map((q) => {
        const who = q.speaker ? `${q.speaker.name}${q.speaker.role ? ` (${q.speaker.role})` : ''}` : '(unknown)';
        return `${who} [${q.kind}${q.cue ? `, ${q.cue}` : ''}]: “${clip(q.text, 100)}”`;
      });
    },
  },
];

/** Builds the readable report of an analysed text. */
function buildReport(doc: AnalyzedDocument, source: string): string {
  const out = [`swedish-nlp analysis of ${source}`];
  for (const section of SECTIONS) {
    const lines = section.render(doc);
    if (lines.length === 0) continue;
    out.push('', section.title, ...lines.map((l) => `  ${l}`));
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Arguments and main

interface Args {
  command: 'help' | 'analyze';
  file?: string;
  json: boolean;
}

function usageError(message: string): CliError {
  return new CliError(`${message}\n${USAGE}`, 2);
}

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  let json = false;
  let help = false;
  let options = true;
  for (const a of argv) {
    if (options && a === '--') options = false;
    else if (options && a === '--json') json = true;
    else if (options && (a === '--help' || a === '-h')) help = true;
    else if (options && a.startsWith('-') && a !== '-') throw usageError(`swedish-nlp: unknown option ${a}`);
    else positional.push(a);
  }
  if (help) return { command: 'help', json };
  if (positional.length === 0) throw usageError('swedish-nlp: missing command');
  if (positional[0] !== 'analyze') throw usageError(`swedish-nlp: unknown command ${positional[0]}`);
  if (positional.length < 2) throw usageError('swedish-nlp: analyze needs a file (or - for standard input)');
  if (positional.length > 2) throw usageError(`swedish-nlp: analyze takes one file, got ${positional.length - 1}`);
  return { command: 'analyze', file: positional[1]!, json };
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const file = args.file!;
  const text = await readInput(file);
  const doc = analyze(text);
  process.stdout.write(args.json ? `${JSON.stringify(doc, null, 2)}\n` : buildReport(doc, file === '-' ? 'standard input' : file));
}

// A closed pipe (`swedish-nlp analyze x | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof CliError) {
    process.stderr.write(err.message.startsWith('swedish-nlp:') ? `${err.message}\n` : `swedish-nlp: ${err.message}\n`);
    process.exitCode = err.exitCode;
  } else {
    process.stderr.write(`swedish-nlp: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
});
