/**
 * The run: documents in input order through a pool of worker threads, results written in the
 * same order. At most a bounded window of documents is in flight (a count and a character
 * budget), and reading waits for the window, so memory stays flat on any corpus size; writes
 * wait for stdout to drain (back-pressure from a slow reader).
 *
 * @module
 */
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Tinypool from 'tinypool';
import type { Args } from './args.js';
import { isError, readRecords, type DocRecord, type ErrorRecord } from './inputs.js';
import type { Progress } from './progress.js';
import { renderDocument, type RenderOptions } from './render.js';
import { htmlPageEnd, htmlPageStart } from './report.js';
import { errorJson } from './serialize.js';
import type { Task, TaskResult } from './worker.js';

/** Documents in flight per worker. */
const PER_WORKER = 4;
/** Characters of input in flight at most (besides one document that is larger on its own). */
const CHAR_BUDGET = 8_000_000;

/** A document waiting for its turn to be written. */
type Slot =
  | { kind: 'error'; rec: ErrorRecord }
  | { kind: 'task'; rec: DocRecord; result: Promise<TaskResult> }
  | { kind: 'inline'; rec: DocRecord; index: number };

/** The streams of a run: the process's, or a test's. */
export interface Io {
  /** What `-` reads. */
  stdin: NodeJS.ReadableStream;
  /** Results. */
  stdout: NodeJS.WritableStream;
  /** Error lines and the progress bar. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** How documents are put together on stdout. */
class Layout {
  private count = 0;
  constructor(
    private readonly args: Args,
    private readonly many: boolean,
  ) {}
  /** Whether error records go to stdout. */
  get jsonish(): boolean {
    return this.args.format === 'json' || this.args.format === 'jsonl';
  }
  /** What comes before the next document (or error record on stdout). */
  before(): string {
    const first = this.count++ === 0;
    const { format } = this.args;
    if (format === 'json') return this.many ? (first ? '[\n' : ',\n') : '';
    if (first || format === 'jsonl') return '';
    return format === 'markdown' ? '\n---\n\n' : format === 'text' ? '\n\n' : '';
  }
  /** What starts the output. */
  start(): string {
    return this.args.format === 'html' && this.many ? htmlPageStart() : '';
  }
  /** What ends the output. */
  end(): string {
    if (this.args.format === 'html' && this.many) return htmlPageEnd();
    if (this.args.format !== 'json') return '';
    if (!this.many) return this.count ? '\n' : '';
    return this.count ? '\n]\n' : '[]\n';
  }
}

/** The worker file next to this module: the built `cli-worker.js`, or a shim loading `worker.ts` through tsx from source. */
function workerFile(): string {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './dev-worker.mjs' : './cli-worker.js', import.meta.url).href;
}

/**
 * A full garbage collection, for the sections of a long document on this thread: V8 otherwise
 * lets the heap grow with the garbage of each section (a 20 MB text went past 1 GB of RSS
 * with a live set of a few hundred MB).
 */
function fullGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => gc();
}

/** Counts of a finished run. */
export interface RunResult {
  /** Documents analysed. */
  ok: number;
  /** Documents that failed. */
  failed: number;
}

/**
 * Analyses every document of the run and writes the results in input order.
 *
 * @param args The parsed command line.
 * @param many Whether the output holds several documents (a JSON array rather than one object).
 * @param progress The progress display.
 * @param io The streams.
 */
export async function run(args: Args, many: boolean, progress: Progress, io: Io): Promise<RunResult> {
  /** Writes to stdout, waiting for it to drain when its buffer is full. */
  const write = async (s: string | Uint8Array): Promise<void> => {
    if (s.length && !io.stdout.write(s)) await once(io.stdout, 'drain');
  };
  const options: RenderOptions = { format: args.format, fields: args.fields, sectionSize: args.sectionSize, many };
  // The worker tasks get the options without the function (it cannot cross threads).
  const inline: RenderOptions = { ...options, afterSection: fullGc() };
  const layout = new Layout(args, many);
  // One document needs no pool; workers start as documents queue up (each loads the models once).
  // A worker's default young generation is small: 32 MB took a third off its CPU time on news articles.
  const pool =
    args.jobs > 1 && many
      ? new Tinypool({ filename: workerFile(), minThreads: 0, maxThreads: args.jobs, idleTimeout: 60_000, resourceLimits: { maxYoungGenerationSizeMb: 32 } })
      : null;
  const counts: RunResult = { ok: 0, failed: 0 };
  const window: Slot[] = [];
  let chars = 0;

  const fail = async (id: unknown, error: string): Promise<void> => {
    counts.failed++;
    io.stderr.write(`swedish-nlp: ${error}\n`);
    if (layout.jsonish) await write(`${layout.before()}${errorJson(id, error)}${args.format === 'jsonl' ? '\n' : ''}`);
  };

  const emit = async (slot: Slot): Promise<void> => {
    if (slot.kind === 'error') return fail(slot.rec.id, slot.rec.error);
    if (slot.kind === 'task') {
      const result = await slot.result.catch((err: unknown) => ({ error: `internal error: ${String(err)}` }));
      chars -= slot.rec.text.length;
      if (!(result instanceof Uint8Array)) return fail(slot.rec.id, `${String(slot.rec.id)}: ${result.error}`);
      await write(layout.before());
      await write(result);
      counts.ok++;
      return;
    }
    const head = layout.before();
    let started = false;
    try {
      for (const chunk of renderDocument(slot.rec, inline, slot.index)) {
        await write(started ? chunk : head + chunk);
        started = true;
      }
      counts.ok++;
    } catch (err) {
      if (started) await write('\n');
      await fail(slot.rec.id, `${String(slot.rec.id)}: internal error: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const next = async (): Promise<void> => {
    const slot = window.shift()!;
    await emit(slot);
    progress.tick(slot.rec.size ?? 0);
  };

  let index = 0;
  try {
    await write(layout.start());
    for await (const rec of readRecords(args.paths, args.mode, io.stdin)) {
      if (isError(rec)) window.push({ kind: 'error', rec });
      else if (!pool || rec.text.length > args.sectionSize) window.push({ kind: 'inline', rec, index: index++ });
      else {
        const task: Task = { rec, options, index: index++ };
        chars += rec.text.length;
        window.push({ kind: 'task', rec, result: pool.run(task) as Promise<TaskResult> });
      }
      // Inline documents run on this thread: write them as soon as they reach the head.
      while (window.length && (window.length >= args.jobs * PER_WORKER || chars > CHAR_BUDGET || window[0]!.kind !== 'task')) await next();
    }
    while (window.length) await next();
    await write(layout.end());
  } finally {
    await pool?.destroy();
  }
  return counts;
}
