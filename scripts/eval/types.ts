/** What one evaluation module reports. */
export interface EvalResult {
  /** Short name (`tokens`, `pos`, `ner`, `quotes`, `keywords`). */
  name: string;
  /** Measured numbers, by metric name. */
  metrics: Record<string, number>;
  /** CI gates: metric name → minimum value. The level reached, as a guard against regressions. */
  gates: Record<string, number>;
  /** Human-readable report lines (baselines, per-type tables …). */
  report: string[];
}

/** An evaluation module. */
export type EvalModule = () => Promise<EvalResult> | EvalResult;
