/**
 * The documents of a run, read lazily from files, directories, standard input, JSONL or
 * one-document-per-line input. A bad input never throws: it becomes an {@link ErrorRecord}
 * and reading goes on with the next one.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputMode } from './args.js';

/** One document to analyse. */
export interface DocRecord {
  /** The document's id: the path, `<source>:<line>`, or the `id` of a JSONL record. */
  id: unknown;
  /** The text. */
  text: string;
  /** Other fields of a JSONL record, passed through to the output. */
  extra?: Record<string, unknown>;
  /** Bytes of input the record took (for the progress bar). */
  size?: number;
}

/** An input that could not be read as a document. */
export interface ErrorRecord {
  /** The id the document would have had. */
  id: unknown;
  /** Why it failed, one line. */
  error: string;
  /** Bytes of input the record took (for the progress bar). */
  size?: number;
}

/** What the reader yields, in input order. */
export type InputRecord = DocRecord | ErrorRecord;

/** Whether a record is an error. */
export function isError(r: InputRecord | { error?: unknown }): r is ErrorRecord {
  return typeof (r as ErrorRecord).error === 'string';
}

/** Decodes bytes as UTF-8 text, or says why they are not UTF-8 text. */
export function decodeUtf8(buf: Uint8Array): string | { error: string } {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    return { error: 'not UTF-8 (UTF-16 byte-order mark); convert it to UTF-8 first' };
  }
  if (buf.includes(0)) return { error: 'binary input (contains NUL bytes), expected UTF-8 text' };
  try {
    // fatal: invalid byte sequences throw; a UTF-8 byte-order mark is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}

/** A file-system error as a short reason. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file'
    : code === 'EISDIR' ? 'is a directory, expected a file'
    : code === 'ENOTDIR' ? 'not a file (a part of the path is not a directory)'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'ELOOP' ? 'too many symbolic links'
    : ((err as Error).message ?? String(err)).split('\n')[0]!;
}

/** The file endings a directory walk picks up, per input mode. */
const ENDINGS: Record<InputMode, readonly string[]> = { files: ['.txt', '.md'], jsonl: ['.jsonl', '.ndjson'], lines: ['.txt'] };

/** Every file below `dir` with one of `endings`, in sorted path order; unreadable folders become errors. */
async function* walk(dir: string, endings: readonly string[]): AsyncGenerator<string | ErrorRecord> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { id: dir, error: `${dir}: ${describeFsError(err)}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p, endings);
    else if (endings.some((end) => e.name.toLowerCase().endsWith(end))) yield p;
  }
}

/** The sources named by the paths: `-`, files, and the files below directories. */
async function* sources(paths: readonly string[], mode: InputMode): AsyncGenerator<string | ErrorRecord> {
  for (const p of paths) {
    if (p === '-') {
      yield p;
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      // a missing file is reported when it is read
    }
    if (isDir) yield* walk(p, ENDINGS[mode]);
    else yield p;
  }
}

async function readAll(path: string, stdin: NodeJS.ReadableStream): Promise<Buffer> {
  if (path !== '-') return readFile(path);
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** One whole file (or standard input) as one document. */
async function readDocument(path: string, stdin: NodeJS.ReadableStream): Promise<InputRecord> {
  const name = path === '-' ? 'stdin' : path;
  let buf: Buffer;
  try {
    buf = await readAll(path, stdin);
  } catch (err) {
    return { id: path, error: `${name}: ${describeFsError(err)}` };
  }
  const text = decodeUtf8(buf);
  return typeof text === 'string' ? { id: path, text, size: buf.length } : { id: path, error: `${name}: ${text.error}`, size: buf.length };
}

/**
 * Marks the end of what a source had ready (a read chunk, or the source's end): a batch waiting
 * for more lines is sent on here, so that a streaming filter answers each line it has without
 * waiting for the next.
 */
export const PAUSE = Symbol('pause');

/** One line of a line-based source, not yet decoded: a worker thread decodes and parses it. */
export interface RawLine {
  /** The source: a path, or `stdin`. */
  name: string;
  /** Its 1-based line number. */
  line: number;
  /** Its bytes, without the line end. */
  bytes: Uint8Array;
}

/** What the reader yields: records, raw lines (when asked for) and pauses, in input order. */
export type ReadItem = InputRecord | RawLine | typeof PAUSE;

/** Whether a read item is a raw line. */
export function isRawLine(item: ReadItem): item is RawLine {
  return typeof item === 'object' && 'bytes' in item;
}

/** The lines of a file or standard input as bytes, with 1-based line numbers, and a pause after each read chunk; `\r\n` ends a line too. */
async function* byteLines(path: string, stdin: NodeJS.ReadableStream): AsyncGenerator<{ line: number; bytes: Buffer } | typeof PAUSE> {
  const stream = path === '-' ? stdin : createReadStream(path);
  let pending: Buffer[] = [];
  let line = 0;
  for await (const data of stream as AsyncIterable<Buffer | string>) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : data;
    let from = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
      pending.push(chunk.subarray(from, nl));
      const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
      pending = [];
      from = nl + 1;
      yield { line: ++line, bytes: bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes };
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
    yield PAUSE;
  }
  if (pending.length) yield { line: ++line, bytes: Buffer.concat(pending) };
  yield PAUSE;
}

/**
 * The id of a broken JSONL line that starts with a readable `"id"` field (`{"id": "a1", "text": …`),
 * so that its error record can be traced where line numbers mean nothing (a partition of a cluster job).
 */
function salvageId(line: string): unknown {
  const m = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\\n]|\\.)*"|-?\d+(?:\.\d+)?)\s*[,}]/.exec(line);
  if (!m) return undefined;
  try {
    return JSON.parse(m[1]!);
  } catch {
    return undefined;
  }
}

/** A JSONL line as a document, or why it is not one. */
export function parseJsonlRecord(line: string, fallbackId: string): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { id: salvageId(line) ?? fallbackId, error: `${fallbackId}: invalid JSON (${(err as Error).message.split('\n')[0]})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { id: fallbackId, error: `${fallbackId}: not a JSON object` };
  const { id = fallbackId, text, ...extra } = value as Record<string, unknown>;
  if (text === undefined) return { id, error: `${fallbackId}: missing "text"` };
  if (typeof text !== 'string') return { id, error: `${fallbackId}: "text" is not a string` };
  return Object.keys(extra).length ? { id, text, extra } : { id, text };
}

/**
 * One line of a line-based source as a document, an error record, or `null` for a blank line.
 *
 * @param bytes The line's bytes, without the line end.
 * @param name The source: a path, or `stdin`.
 * @param line The 1-based line number.
 * @param mode `jsonl`: a JSON object; `lines`: the text itself.
 */
export function lineRecord(bytes: Uint8Array, name: string, line: number, mode: 'jsonl' | 'lines'): InputRecord | null {
  const id = `${name}:${line}`;
  const size = bytes.length + 1;
  const text = decodeUtf8(bytes);
  if (typeof text !== 'string') return { id, error: `${id}: ${text.error}`, size };
  if (text.trim() === '') return null;
  return { ...(mode === 'jsonl' ? parseJsonlRecord(text, id) : { id, text }), size };
}

/** The records (or raw lines) of one line-based source (`--jsonl` or `--lines`); blank lines are skipped. */
async function* readLines(path: string, mode: 'jsonl' | 'lines', stdin: NodeJS.ReadableStream, raw: boolean): AsyncGenerator<ReadItem> {
  const name = path === '-' ? 'stdin' : path;
  try {
    for await (const item of byteLines(path, stdin)) {
      if (item === PAUSE || raw) yield item === PAUSE ? item : { name, line: item.line, bytes: item.bytes };
      else {
        const rec = lineRecord(item.bytes, name, item.line, mode);
        if (rec) yield rec;
      }
    }
  } catch (err) {
    yield { id: path, error: `${name}: ${describeFsError(err)}` };
  }
}

/**
 * The items of a run in input order: each path in turn (directories walked in sorted order),
 * each file one document, or with `--jsonl` / `--lines` one document per line, with a
 * {@link PAUSE} wherever a line-based source had no more input ready.
 *
 * @param paths Files, directories and `-`.
 * @param mode How a source is split into documents.
 * @param stdin What `-` reads.
 * @param raw Line-based sources give {@link RawLine}s instead of records (a worker parses them).
 */
export async function* readItems(paths: readonly string[], mode: InputMode, stdin: NodeJS.ReadableStream, raw = false): AsyncGenerator<ReadItem> {
  for await (const source of sources(paths, mode)) {
    if (typeof source !== 'string') yield source;
    else if (mode === 'files') yield await readDocument(source, stdin);
    else yield* readLines(source, mode, stdin, raw);
  }
}

/**
 * The documents of a run in input order: each path in turn (directories walked in sorted
 * order), each file one document, or with `--jsonl` / `--lines` one document per line.
 *
 * @param paths Files, directories and `-`.
 * @param mode How a source is split into documents.
 * @param stdin What `-` reads.
 */
export async function* readRecords(paths: readonly string[], mode: InputMode, stdin: NodeJS.ReadableStream): AsyncGenerator<InputRecord> {
  for await (const item of readItems(paths, mode, stdin)) if (item !== PAUSE && !isRawLine(item)) yield item;
}

/**
 * The JSON of a failed document: `{"id", "error"}`.
 *
 * @param id The document's id.
 * @param error Why it failed.
 */
export function errorJson(id: unknown, error: string): string {
  return JSON.stringify({ id: id ?? null, error });
}
