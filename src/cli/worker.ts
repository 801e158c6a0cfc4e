/**
 * The worker thread of `swedish-nlp analyze -j N`: renders one document per task. The models
 * load once per worker, on its first document.
 *
 * @module
 */
import Tinypool from 'tinypool';
import type { DocRecord } from './inputs.js';
import { renderDocument, type RenderOptions } from './render.js';

/** A document to render. */
export interface Task {
  /** The document. */
  rec: DocRecord;
  /** How to render it. */
  options: RenderOptions;
  /** Its position in the run. */
  index: number;
}

/** A rendered document as UTF-8 bytes, or why it failed. */
export type TaskResult = Uint8Array | { error: string };

const encoder = new TextEncoder();


/**
 * Renders one document; an exception becomes an error result so that the run goes on. The
 * output is encoded here and its buffer moved to the main thread, not copied: the main thread
 * then only writes bytes.
 *
 * @param task The document and the render options.
 */
export default function renderTask(task: Task): TaskResult {
  try {
    const bytes = encoder.encode([...renderDocument(task.rec, task.options, task.index)].join(''));
    return Tinypool.move(bytes) as Uint8Array;
  } catch (err) {
    return { error: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  }
}
