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
 * goes on. The outputs are encoded here as one buffer.
 *
 * @param task The documents and the render options.
 */
export function renderBatch(task: Task): BatchResult {
  const outs: string[] = [];
  const docs: Array<number | DocError> = [];
  for (const [rec, index] of records(task)) {
    if (isError(rec)) {
      docs.push({ id: rec.id, error: rec.error });
      continue;
    }
    try {
      const out = [...renderDocument(rec, task.options, index)].join('');
      outs.push(out);
      docs.push(Buffer.byteLength(out));
    } catch (err) {
      docs.push({ id: rec.id, error: `${String(rec.id)}: internal error: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return { bytes: encoder.encode(outs.join('')), docs };
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
