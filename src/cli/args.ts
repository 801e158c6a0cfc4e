/**
 * Command-line arguments of `swedish-nlp`: the usage text and a strict parser. A mistake in the
 * arguments is a {@link CliError} with exit code 2 (bad usage).
 *
 * @module
 */
import { availableParallelism } from 'node:os';

/** The output formats of `analyze`. */
export const FORMATS = ['text', 'markdown', 'json', 'jsonl', 'html'] as const;
/** An output format of `analyze`. */
export type Format = (typeof FORMATS)[number];

/** The result fields that `--fields` can choose, in output order. */
export const FIELDS = ['text', 'tokens', 'sentences', 'paragraphs', 'entities', 'entityGroups', 'quotes', 'keywords', 'summary'] as const;
/** A result field of the JSON output. */
export type Field = (typeof FIELDS)[number];

/** How the inputs are read. */
export type InputMode = 'files' | 'jsonl' | 'lines';

/** The parsed command line. */
export interface Args {
  /** What to do. */
  command: 'help' | 'version' | 'analyze';
  /** Files, directories and `-` (standard input), in the order given. */
  paths: string[];
  /** How each input is split into documents. */
  mode: InputMode;
  /** Output format. */
  format: Format;
  /** Result fields of the JSON output. */
  fields: Field[];
  /** Worker threads. */
  jobs: number;
  /** No progress bar. */
  quiet: boolean;
  /** Documents longer than this (characters) are analysed in sections of at most this size. */
  sectionSize: number;
}

/** The usage text (`--help`). */
export const USAGE = `usage: swedish-nlp analyze [options] <file|dir|->...
       swedish-nlp help | --help | --version

Analyses Swedish texts (UTF-8): sentences, tokens, stopwords, part of speech and lemmas,
entities, quotes and speakers, keywords and a summary.

Inputs
  <file>            a text file; with --jsonl / --lines, a file of records
  <dir>             every .txt and .md file below it, recursively, in sorted order
  -                 standard input (also the default with --jsonl / --lines)
  --jsonl           each line is a JSON object {"id": ..., "text": ...}; other fields are
                    passed through to the output
  --lines           each line is one document (id: <source>:<line number>)

Output
  --format F        text (default), markdown, json, jsonl (one result per line, in input order)
                    or html
  --json            the same as --format json
  --fields LIST     JSON fields to keep, comma-separated, of: ${FIELDS.join(',')}
                    (default: all; id and passed-through fields are always kept)

Running
  -j, --jobs N      worker threads (default: the number of cores, here ${defaultJobs()})
  --quiet           no progress bar (it is only drawn when stderr is a terminal)
  --section-size N  analyse documents longer than N characters in sections split at blank
                    lines, streaming the output (default 1000000)
  -h, --help        this help
  --version         the version

Exit codes: 0 every document analysed, 1 some documents failed (each one gives an error
record {"id", "error"} and a line on stderr, and the run goes on), 2 bad usage.

Examples
  swedish-nlp analyze artikel.txt
  swedish-nlp analyze --format markdown artikel.txt > sammanfattning.md
  swedish-nlp analyze --format jsonl --fields entities,quotes,keywords arkiv/ > resultat.jsonl
  swedish-nlp analyze --jsonl --fields quotes,summary -j 4 < korpus.jsonl > resultat.jsonl
  cat rubriker.txt | swedish-nlp analyze --lines --format jsonl --fields entities
  swedish-nlp analyze --format html artikel.txt > artikel.html`;

/** An error that ends the program with a one-line message and an exit code. */
export class CliError extends Error {
  /**
   * @param message The message (one line, or the usage after a first line).
   * @param exitCode The process exit code.
   */
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** The default worker count: the number of cores. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

function usageError(message: string): CliError {
  return new CliError(`swedish-nlp: ${message}\n${USAGE}`, 2);
}

function positiveInt(value: string | undefined, option: string): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || n < 1) throw usageError(`${option} needs a positive whole number, got ${value ?? 'nothing'}`);
  return n;
}

function parseFields(value: string | undefined): Field[] {
  if (value === undefined) throw usageError('--fields needs a comma-separated list');
  const wanted = value.split(',').map((f) => f.trim()).filter(Boolean);
  for (const f of wanted) if (!(FIELDS as readonly string[]).includes(f)) throw usageError(`unknown field ${f} (fields: ${FIELDS.join(',')})`);
  return FIELDS.filter((f) => wanted.includes(f));
}

function parseFormat(value: string | undefined): Format {
  if (!(FORMATS as readonly (string | undefined)[]).includes(value)) throw usageError(`--format takes ${FORMATS.join('|')}, got ${value ?? 'nothing'}`);
  return value as Format;
}

/** Splits `--name=value` into its two halves. */
function splitOption(a: string): [string, string | undefined] {
  const eq = a.indexOf('=');
  return a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
}

/** The options that take a value, and what they set. */
const VALUED: Record<string, (args: Args, value: string | undefined) => void> = {
  '--format': (args, v) => (args.format = parseFormat(v)),
  '--fields': (args, v) => (args.fields = parseFields(v)),
  '--jobs': (args, v) => (args.jobs = positiveInt(v, '--jobs')),
  '-j': (args, v) => (args.jobs = positiveInt(v, '-j')),
  '--section-size': (args, v) => (args.sectionSize = positiveInt(v, '--section-size')),
};

/** The options without a value, and what they set. */
const FLAGS: Record<string, (args: Args) => void> = {
  '--json': (args) => (args.format = 'json'),
  '--jsonl': (args) => (args.mode = args.mode === 'lines' ? conflict() : 'jsonl'),
  '--lines': (args) => (args.mode = args.mode === 'jsonl' ? conflict() : 'lines'),
  '--quiet': (args) => (args.quiet = true),
  '-q': (args) => (args.quiet = true),
  '--help': (args) => (args.command = 'help'),
  '-h': (args) => (args.command = 'help'),
  '--version': (args) => (args.command = args.command === 'help' ? 'help' : 'version'),
  '-V': (args) => (args.command = args.command === 'help' ? 'help' : 'version'),
};

function conflict(): never {
  throw usageError('--jsonl and --lines exclude each other');
}

/**
 * Parses the arguments after `node cli.js`.
 *
 * @param argv The arguments.
 * @returns The parsed command line.
 * @throws CliError (exit code 2) on bad usage.
 */
export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { command: 'analyze', paths: [], mode: 'files', format: 'text', fields: [...FIELDS], jobs: defaultJobs(), quiet: false, sectionSize: 1_000_000 };
  const positional: string[] = [];
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = splitOption(argv[i]!);
    if (options && name === '--') options = false;
    else if (options && VALUED[name]) VALUED[name]!(args, inline ?? argv[++i]);
    else if (options && FLAGS[name] && inline === undefined) FLAGS[name]!(args);
    else if (options && /^-j\d+$/.test(name)) args.jobs = positiveInt(name.slice(2), '-j');
    else if (options && name.startsWith('-') && name !== '-') throw usageError(`unknown option ${argv[i]}`);
    else positional.push(argv[i]!);
  }
  if (args.command !== 'analyze') return args;
  if (positional[0] === 'help') return { ...args, command: 'help' };
  if (positional[0] === 'version') return { ...args, command: 'version' };
  if (positional.length === 0) throw usageError('missing command');
  if (positional[0] !== 'analyze') throw usageError(`unknown command ${positional[0]}`);
  args.paths = positional.slice(1);
  if (args.paths.length === 0) {
    if (args.mode === 'files') throw usageError('analyze needs a file or a directory (or - for standard input)');
    args.paths = ['-'];
  }
  if (args.paths.filter((p) => p === '-').length > 1) throw usageError('standard input (-) can be read once');
  return args;
}
