/**
 * The run: documents in input order through a pool of worker threads, in batches (see
 * `batch.ts`), results written in the same order. At most a bounded window of batches is in
 * flight (a count and a character budget), and reading waits for the window, so memory stays
 * flat on any corpus size; writes wait for stdout to drain (back-pressure from a slow reader).
 *
 * With a pool, this thread never loads the library unless it has to (a document over the
 * section size, or the HTML page frame): it reads, splits lines, and writes bytes.
 *
 * @module
 */
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Tinypool from 'tinypool';
import type { Args } from './args.js';
import { BatchBuilder, type BatchResult, type Task } from './batch.js';
import { PAUSE, errorJson, isError, isRawLine, lineRecord, readItems, type DocRecord, type ErrorRecord, type InputRecord, type RawLine, type ReadItem } from './inputs.js';
import type { Progress } from './progress.js';
import type { RenderOptions } from './render.js';

/** Batches in flight per worker: one running, one waiting, one being written. */
const BATCHES_PER_WORKER = 3;
/** Characters of input in flight at most (besides one document that is larger on its own). */
const CHAR_BUDGET = 8_000_000;

/** What a batch held, for its error records if the worker fails as a whole. */
interface BatchSlot {
  kind: 'batch';
  lines: RawLine[];
  recs: DocRecord[];
  chars: number;
  size: number;
  result: Promise<BatchResult>;
}

/** A document (or batch) waiting for its turn to be written. */
type Slot = { kind: 'error'; rec: ErrorRecord } | BatchSlot | { kind: 'inline'; rec: DocRecord; index: number };

/** The library-backed renderer, loaded on first use (a run on worker threads never needs it here). */
let renderModule: Promise<typeof import('./render.js')> | undefined;
const renderer = () => (renderModule ??= import('./render.js'));

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
  async start(): Promise<string> {
    return this.args.format === 'html' && this.many ? (await import('./report.js')).htmlPageStart() : '';
  }
  /** What ends the output. */
  async end(): Promise<string> {
    if (this.args.format === 'html' && this.many) return (await import('./report.js')).htmlPageEnd();
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


/** One run: a reader filling a bounded window of slots and a writer emptying it in order, at the same time. */
class Runner {
  /** Documents done and failed. */
  readonly counts: RunResult = { ok: 0, failed: 0 };
  private readonly window: Slot[] = [];
  private readonly layout: Layout;
  private readonly pool: Tinypool | null;
  private readonly options: RenderOptions;
  /** The options for documents on this thread, with a full GC after each section (made on first use). */
  private inlineOptions: RenderOptions | undefined;
  private readonly limit: number;
  private batch = new BatchBuilder();
  private chars = 0;
  private index = 0;
  private reading = true;
  private broken = false;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly args: Args,
    many: boolean,
    private readonly progress: Progress,
    private readonly io: Io,
  ) {
    this.options = { format: args.format, fields: args.fields, sectionSize: args.sectionSize, many };
    this.layout = new Layout(args, many);
    this.limit = Math.max(1, args.jobs) * BATCHES_PER_WORKER;
    // One document needs no pool; workers start as batches queue up (each loads the models once).
    // A 64 MB young generation per worker (semi-spaces of about 21 MB): with 32 MB a worker made a
    // third more scavenges than the -j 1 main thread per document (2,000 articles, -j 2: 128-135
    // scavenges against 75-87 with 64 MB), and each scavenge of two busy workers on two cores waits
    // for its parallel helpers; it costs about 35 MB more peak RSS (see docs/cli.md, Measured).
    // A 256 MB old generation: without a limit V8 lets each worker's heap grow towards its default
    // limit before collecting fully (50 MB corpus, -j 2: 603 MB peak RSS, rising; with 256 MB:
    // 353 MB, flat, and a little faster). A document of up to the 1M-character section size needs
    // about 125 MB of heap; a worker over the limit fails its batch as error records, the run goes on.
    const resourceLimits = { maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: 256 };
    this.pool = args.jobs > 1 && many ? new Tinypool({ filename: workerFile(), minThreads: 0, maxThreads: args.jobs, idleTimeout: 60_000, resourceLimits }) : null;
  }

  /** Wakes whichever loop waits for the window to change. */
  private signal(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Writes to stdout, waiting for it to drain when its buffer is full. */
  private async write(s: string | Uint8Array): Promise<void> {
    if (s.length && !this.io.stdout.write(s)) await once(this.io.stdout, 'drain');
  }

  /** Counts a failed document and reports it on stderr; returns its error record for stdout ('' outside JSON). */
  private failure(id: unknown, error: string): string {
    this.counts.failed++;
    this.io.stderr.write(`swedish-nlp: ${error}\n`);
    return this.layout.jsonish ? `${this.layout.before()}${errorJson(id, error)}${this.args.format === 'jsonl' ? '\n' : ''}` : '';
  }

  /** Sends the batch being collected to the pool. */
  private send(): void {
    if (this.batch.empty) return;
    const { task, transfer } = this.batch.task(this.options, this.args.mode);
    const result = this.pool!.run(task satisfies Task, { transferList: transfer }) as Promise<BatchResult>;
    result.catch(() => {}); // reported when the slot is written
    this.push({ kind: 'batch', ...this.batch.contents(), chars: this.batch.chars, size: this.batch.size, result });
    this.chars += this.batch.chars;
    this.batch = new BatchBuilder();
  }

  private push(slot: Slot): void {
    this.window.push(slot);
    this.signal();
  }

  /** Puts a record in its place: an error slot, a document for this thread, or the batch. */
  private place(rec: InputRecord): void {
    if (isError(rec) || !this.pool || rec.text.length > this.args.sectionSize) {
      this.send();
      this.push(isError(rec) ? { kind: 'error', rec } : { kind: 'inline', rec, index: this.index++ });
      return;
    }
    if (!this.batch.takesRec()) this.send();
    this.batch.addRec(rec, this.index++);
  }

  /** Takes one item of input. */
  private take(item: ReadItem): void {
    if (item === PAUSE) return this.send();
    if (!isRawLine(item)) return this.place(item);
    // A line this long may hold a text over the section size: parsed here, it may stay on this thread.
    if (item.bytes.length > this.args.sectionSize) {
      const rec = lineRecord(item.bytes, item.name, item.line, this.args.mode === 'jsonl' ? 'jsonl' : 'lines');
      return rec ? this.place(rec) : undefined;
    }
    if (!this.batch.takesLine(item)) this.send();
    this.batch.addLine(item);
  }

  /** Reads every item, waiting while the window is full. */
  private async read(): Promise<void> {
    // Raw lines go to the workers unparsed; HTML numbers its articles here, so it needs records.
    const raw = this.pool !== null && this.args.mode !== 'files' && this.args.format !== 'html';
    try {
      for await (const item of readItems(this.args.paths, this.args.mode, this.io.stdin, raw)) {
        this.take(item);
        if (this.batch.full) this.send();
        while (!this.broken && (this.window.length >= this.limit || this.chars > CHAR_BUDGET)) await this.changed();
        if (this.broken) return;
      }
      this.send();
    } finally {
      this.reading = false;
      this.signal();
    }
  }

  /** Writes the slots in order as they are done. */
  private async writeAll(): Promise<void> {
    try {
      for (;;) {
        const slot = this.window[0];
        if (!slot) {
          if (!this.reading) return;
          await this.changed();
          continue;
        }
        await this.emit(slot);
        this.window.shift();
        if (slot.kind === 'batch') this.chars -= slot.chars;
        this.signal();
      }
    } catch (err) {
      this.broken = true;
      this.signal();
      throw err;
    }
  }

  /** Writes one slot. */
  private async emit(slot: Slot): Promise<void> {
    if (slot.kind === 'error') {
      await this.write(this.failure(slot.rec.id, slot.rec.error));
      this.progress.tick(slot.rec.size ?? 0);
    } else if (slot.kind === 'batch') await this.emitBatch(slot);
    else {
      await this.emitInline(slot.rec, slot.index);
      this.progress.tick(slot.rec.size ?? 0);
    }
  }

  /** Writes a batch's documents, each after its separator, and its error records in their places. */
  private async emitBatch(slot: BatchSlot): Promise<void> {
    let result: BatchResult;
    try {
      result = await slot.result;
    } catch (err) {
      await this.write(this.failBatch(slot, `internal error: ${String(err)}`));
      this.progress.tick(slot.size, slot.lines.length + slot.recs.length);
      return;
    }
    const parts: Array<string | Uint8Array> = [];
    let plain = true;
    let at = 0;
    for (const doc of result.docs) {
      const head = typeof doc === 'number' ? this.layout.before() : this.failure(doc.id, doc.error);
      if (head) parts.push(head);
      plain &&= head === '';
      if (typeof doc !== 'number') continue;
      parts.push(result.bytes.subarray(at, (at += doc)));
      this.counts.ok++;
    }
    // JSON Lines without errors: the worker's buffer is the output as it is.
    await this.write(plain ? result.bytes : Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))));
    this.progress.tick(slot.size, result.docs.length);
  }

  /** Error records for every document of a batch whose worker failed as a whole. */
  private failBatch(slot: BatchSlot, error: string): string {
    const mode = this.args.mode === 'jsonl' ? 'jsonl' : 'lines';
    const recs = slot.recs.length ? slot.recs : slot.lines.map((l) => lineRecord(l.bytes, l.name, l.line, mode));
    let out = '';
    for (const rec of recs) {
      if (rec) out += isError(rec) ? this.failure(rec.id, rec.error) : this.failure(rec.id, `${String(rec.id)}: ${error}`);
    }
    return out;
  }

  /** Renders a document on this thread, streaming its chunks out. */
  private async emitInline(rec: DocRecord, index: number): Promise<void> {
    const { renderDocument } = await renderer();
    const options = (this.inlineOptions ??= { ...this.options, afterSection: fullGc() });
    const head = this.layout.before();
    let started = false;
    try {
      for (const chunk of renderDocument(rec, options, index)) {
        await this.write(started ? chunk : head + chunk);
        started = true;
      }
      this.counts.ok++;
    } catch (err) {
      if (started) await this.write('\n');
      await this.write(this.failure(rec.id, `${String(rec.id)}: internal error: ${err instanceof Error ? err.message : String(err)}`));
    }
  }

  /** Runs: the reader and the writer at the same time, then the output's end. */
  async run(): Promise<RunResult> {
    try {
      await this.write(await this.layout.start());
      const writer = this.writeAll();
      await Promise.all([this.read(), writer]);
      await this.write(await this.layout.end());
    } finally {
      await this.pool?.destroy();
    }
    return this.counts;
  }
}

/**
 * Analyses every document of the run and writes the results in input order.
 *
 * @param args The parsed command line.
 * @param many Whether the output holds several documents (a JSON array rather than one object).
 * @param progress The progress display.
 * @param io The streams.
 */
export function run(args: Args, many: boolean, progress: Progress, io: Io): Promise<RunResult> {
  return new Runner(args, many, progress, io).run();
}
