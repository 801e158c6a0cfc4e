/**
 * The worker thread of `swedish-nlp analyze -j N`: renders one document per task. The models
 * load once per worker, on its first document.
 *
 * @module
 */
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

/** A rendered document, or why it failed. */
export type TaskResult = { chunks: string[] } | { error: string };

/**
 * Renders one document; an exception becomes an error result so that the run goes on.
 *
 * @param task The document and the render options.
 */
export default function renderTask(task: Task): TaskResult {
  try {
    return { chunks: [...renderDocument(task.rec, task.options, task.index)] };
  } catch (err) {
    return { error: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  }
}
