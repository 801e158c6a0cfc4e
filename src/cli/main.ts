/**
 * The `swedish-nlp` command line. Node only; the library entry (`src/index.ts`) stays
 * browser-safe and this folder imports it as `../index.js` (the build keeps that import
 * pointing at `dist/index.js`).
 *
 * Exit codes: 0 every document analysed, 1 some documents failed (each an error record and a
 * line on stderr), 2 bad usage. A closed stdout (`| head`) ends the run quietly.
 *
 * @module
 */
import { statSync } from 'node:fs';
import { CliError, USAGE, parseArgs, type Args } from './args.js';
import { createProgress } from './progress.js';
import { run, type Io } from './run.js';
import { VERSION } from './version.js';

/** Whether the output holds several documents (so `--format json` writes an array). */
function manyDocuments(args: Args): boolean {
  if (args.mode !== 'files' || args.paths.length > 1) return true;
  try {
    return statSync(args.paths[0]!).isDirectory();
  } catch {
    return false;
  }
}

/** The input size when every input is a regular file (for the progress bar's ETA), else null. */
function totalBytes(args: Args): number | null {
  let total = 0;
  for (const p of args.paths) {
    try {
      const st = statSync(p);
      if (!st.isFile()) return null;
      total += st.size;
    } catch {
      if (p === '-') return null;
    }
  }
  return total;
}

/**
 * Runs the command line.
 *
 * @param argv The arguments after `node cli.js`.
 * @param io The streams (default: the process's).
 * @returns The exit code.
 * @throws CliError (exit code 2) on bad usage.
 */
export async function main(argv: readonly string[], io: Io = process): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout.write(`swedish-nlp ${VERSION}\n`);
    return 0;
  }
  const progress = createProgress(totalBytes(args), io.stderr, args.quiet);
  try {
    const { failed } = await run(args, manyDocuments(args), progress, io);
    return failed ? 1 : 0;
  } finally {
    progress.stop();
  }
}

/** Runs the command line as a program: exit code, one-line errors, quiet on a closed pipe. */
export function start(): void {
  // A closed pipe (`swedish-nlp analyze x | head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      if (err instanceof CliError) {
        process.stderr.write(`${err.message}\n`);
        process.exitCode = err.exitCode;
      } else {
        process.stderr.write(`swedish-nlp: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
      }
    },
  );
}
