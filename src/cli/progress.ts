/**
 * The progress bar on stderr: documents, documents/s and, when the input size is known, the
 * share done and an ETA. Drawn only when stderr is a terminal and `--quiet` is not given.
 *
 * @module
 */
import cliProgress from 'cli-progress';

/** What the runner tells the progress display. */
export interface Progress {
  /** Documents done (`docs`, default 1) and the `bytes` of input they took. */
  tick(bytes: number, docs?: number): void;
  /** Removes the bar. */
  stop(): void;
}

const SILENT: Progress = { tick() {}, stop() {} };

/**
 * A progress display for a run.
 *
 * @param totalBytes The input size when every input is a regular file, else `null` (no ETA).
 * @param stream Where to draw: stderr, only when it is a terminal.
 * @param quiet `--quiet`: never draw.
 */
export function createProgress(totalBytes: number | null, stream: NodeJS.WritableStream & { isTTY?: boolean }, quiet: boolean): Progress {
  if (quiet || stream.isTTY !== true) return SILENT;
  const known = totalBytes !== null && totalBytes > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WriteStream,
      format: known ? '{bar} {percentage}% | {docs} docs | {rate} docs/s | ETA {eta_formatted}' : '{docs} docs | {rate} docs/s',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let docs = 0;
  let bytes = 0;
  bar.start(known ? totalBytes : 1, 0, { docs: 0, rate: '0.0' });
  return {
    tick(n, done = 1) {
      docs += done;
      bytes += n;
      const rate = (docs / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(1);
      bar.update(known ? Math.min(bytes, totalBytes) : 0, { docs, rate });
    },
    stop() {
      bar.stop();
    },
  };
}
