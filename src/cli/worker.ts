/**
 * The worker thread of `swedish-nlp analyze -j N`: renders a batch of documents per task (see
 * `batch.ts`). The models load once per worker, on its first document.
 *
 * @module
 */
import Tinypool from 'tinypool';
import type { BatchResult, DocError, Task } from './batch.js';
import { isError, lineRecord, type InputRecord } from './inputs.js';
import { renderDocument } from './render.js';

const encoder = new TextEncoder();

/** The records of a task: raw lines decoded and parsed here (blank lines give none). */
function* records(task: Task): Generator<[InputRecord, number]> {
  if (task.kind === 'recs') {
    for (let i = 0; i < task.recs.length; i++) yield [task.recs[i]!, task.first + i];
    return;
  }
  let start = 0;
  for (let i = 0; i < task.ends.length; i++) {
    const rec = lineRecord(task.bytes.subarray(start, task.ends[i]), task.name, task.lines[i]!, task.mode);
    start = task.ends[i]!;
    if (rec) yield [rec, 0];
  }
}

/**
 * Renders a batch of documents; a document that fails becomes an error entry so that the run
 * goes on. Each chunk of output is encoded to UTF-8 as soon as it is made: bytes live outside
 * the JavaScript heap, so a batch's output is never promoted and collected with the models.
 *
 * @param task The documents and the render options.
 */
export function renderBatch(task: Task): BatchResult {
  const parts: Uint8Array[] = [];
  const docs: Array<number | DocError> = [];
  for (const [rec, index] of records(task)) {
    if (isError(rec)) {
      docs.push({ id: rec.id, error: rec.error });
      continue;
    }
    const mark = parts.length;
    let size = 0;
    try {
      for (const chunk of renderDocument(rec, task.options, index)) {
        const bytes = encoder.encode(chunk);
        parts.push(bytes);
        size += bytes.length;
      }
      docs.push(size);
    } catch (err) {
      parts.length = mark;
      docs.push({ id: rec.id, error: `${String(rec.id)}: internal error: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, docs };
}

/**
 * The task of a worker thread: {@link renderBatch}, with the output buffer moved to the main
 * thread, not copied (the main thread then only writes bytes).
 *
 * @param task The documents and the render options.
 */
export default function renderTask(task: Task): BatchResult {
  const result = renderBatch(task);
  return Tinypool.move({ [Tinypool.transferableSymbol]: [result.bytes.buffer], [Tinypool.valueSymbol]: result } as never) as unknown as BatchResult;
}
