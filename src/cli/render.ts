/**
 * One document's output in the chosen format, as chunks of text. Runs in a worker thread or,
 * for documents longer than the section size, on the main thread streaming to stdout.
 *
 * @module
 */
import { analyze } from '../index.js';
import type { Field, Format } from './args.js';
import type { DocRecord } from './inputs.js';
import { htmlReport, markdownReport, textReport } from './report.js';
import { documentJson, type JsonOptions } from './serialize.js';

/** What a document's output depends on besides the document. */
export interface RenderOptions {
  /** Output format. */
  format: Format;
  /** JSON result fields. */
  fields: readonly Field[];
  /** Section size for long documents (characters). */
  sectionSize: number;
  /** Called after each section of a long document. */
  afterSection?: () => void;
  /** Whether the output holds several documents (HTML: articles of one page). */
  many: boolean;
}

/** How a record's id reads in a report heading. */
function sourceName(id: unknown): string {
  return id === '-' ? 'standard input' : typeof id === 'string' ? id : JSON.stringify(id);
}

/**
 * The output of one document, in chunks. JSON Lines end with a line break; the separators
 * between documents of the other formats are the caller's.
 *
 * @param rec The document.
 * @param options Format, fields and section size.
 * @param index The document's position in the run.
 */
export function* renderDocument(rec: DocRecord, options: RenderOptions, index: number): Generator<string> {
  const { format } = options;
  if (format === 'json' || format === 'jsonl') {
    const json: JsonOptions = { fields: options.fields, pretty: format === 'json', sectionSize: options.sectionSize };
    if (options.afterSection) json.afterSection = options.afterSection;
    yield* documentJson(rec, json);
    if (format === 'jsonl') yield '\n';
    return;
  }
  const doc = analyze(rec.text);
  if (format === 'markdown') yield markdownReport(doc);
  else if (format === 'html') yield htmlReport(doc, options.many ? index : null, sourceName(rec.id));
  else yield textReport(doc, sourceName(rec.id));
}
