/**
 * Batches of documents for the worker threads of `analyze -j N`. One message per document
 * cost the workers about 7 % of their profile samples (message handling, and tinypool reads the heap and
 * RSS after every task); a batch of up to {@link BATCH_DOCS} documents pays that once.
 *
 * A batch holds either whole records (files, or lines the main thread parsed) or raw JSONL /
 * text lines as one byte buffer that the worker decodes and parses itself, so that the main
 * thread only splits lines. Results come back as one UTF-8 buffer (moved, not copied) with
 * each document's byte length, or its error, in input order.
 *
 * @module
 */
import type { InputMode } from './args.js';
import type { DocRecord, RawLine } from './inputs.js';
import type { RenderOptions } from './render.js';

/** Most documents per batch. */
export const BATCH_DOCS = 64;
/** Most characters (bytes, for raw lines) of input per batch. */
export const BATCH_CHARS = 256 * 1024;

/** Raw lines of one source, as one buffer: line `i` is `bytes[ends[i-1] .. ends[i])` (from 0 for the first). */
export interface LinesTask {
  kind: 'lines';
  /** How a line becomes a document. */
  mode: Exclude<InputMode, 'files'>;
  /** The source: a path, or `stdin`. */
  name: string;
  /** The 1-based line number of each line. */
  lines: number[];
  /** Where each line ends in `bytes`. */
  ends: number[];
  /** The lines' bytes, back to back. */
  bytes: Uint8Array;
  /** How to render the documents. */
  options: RenderOptions;
}

/** Whole records; the first has position `first` in the run (HTML numbers its articles). */
export interface RecsTask {
  kind: 'recs';
  /** The documents. */
  recs: DocRecord[];
  /** The run position of the first document. */
  first: number;
  /** How to render the documents. */
  options: RenderOptions;
}

/** What a worker is asked to render. */
export type Task = LinesTask | RecsTask;

/** A document that failed in a worker. */
export interface DocError {
  /** Its id. */
  id: unknown;
  /** Why, one line, starting with the id. */
  error: string;
}

/** A rendered batch: the outputs back to back, and per document its output's byte length or its error (blank lines give nothing). */
export interface BatchResult {
  /** UTF-8 output of the documents that succeeded, in order. */
  bytes: Uint8Array;
  /** Per document in input order: bytes of output, or the error. */
  docs: Array<number | DocError>;
}

/** Collects documents into a batch until it is full or the input pauses. */
export class BatchBuilder {
  private lines: RawLine[] = [];
  private recs: DocRecord[] = [];
  private first = 0;
  /** Characters (or bytes) of input in the batch. */
  chars = 0;
  /** Bytes of input the batch took (for the progress bar). */
  size = 0;

  /** Whether the batch holds nothing. */
  get empty(): boolean {
    return this.lines.length + this.recs.length === 0;
  }

  /** Whether the batch should be sent. */
  get full(): boolean {
    return this.lines.length + this.recs.length >= BATCH_DOCS || this.chars >= BATCH_CHARS;
  }

  /** Whether a raw line can join (same source, no records in the batch). */
  takesLine(line: RawLine): boolean {
    return this.recs.length === 0 && (this.lines.length === 0 || this.lines[0]!.name === line.name);
  }

  /** Whether a record can join (no raw lines in the batch). */
  takesRec(): boolean {
    return this.lines.length === 0;
  }

  /** Adds a raw line (check {@link takesLine} first). */
  addLine(line: RawLine): void {
    this.lines.push(line);
    this.chars += line.bytes.length;
    this.size += line.bytes.length + 1;
  }

  /** Adds a record at run position `index` (check {@link takesRec} first). */
  addRec(rec: DocRecord, index: number): void {
    if (!this.recs.length) this.first = index;
    this.recs.push(rec);
    this.chars += rec.text.length;
    this.size += rec.size ?? 0;
  }

  /** What the batch holds, for reporting a failed worker: the raw lines or the records. */
  contents(): { lines: RawLine[]; recs: DocRecord[] } {
    return { lines: this.lines, recs: this.recs };
  }

  /** The task for a worker, with the buffers to move to it. */
  task(options: RenderOptions, mode: InputMode): { task: Task; transfer: ArrayBuffer[] } {
    if (this.recs.length) return { task: { kind: 'recs', recs: this.recs, first: this.first, options }, transfer: [] };
    const bytes = new Uint8Array(this.chars);
    const ends: number[] = [];
    let at = 0;
    for (const l of this.lines) {
      bytes.set(l.bytes, at);
      at += l.bytes.length;
      ends.push(at);
    }
    const lineMode = mode === 'files' ? 'lines' : mode;
    return {
      task: { kind: 'lines', mode: lineMode, name: this.lines[0]!.name, lines: this.lines.map((l) => l.line), ends, bytes, options },
      transfer: [bytes.buffer],
    };
  }
}
