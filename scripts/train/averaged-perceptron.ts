/**
 * The averaged perceptron both trainers use (tagger and entity model): weights per feature and
 * label, averaged lazily over every instance seen (Collins 2002; the "timestamp" trick keeps each
 * update O(1) instead of summing all weights after every instance).
 */

/**
 * Averaged perceptron weights: feature → one weight per label. Features are strings (the default)
 * or integer keys (`K = number`, hashed features from `src/internal/feature-hash.ts`).
 */
export class AveragedPerceptron<W extends Float32Array | Float64Array, K extends string | number = string> {
  /** Current (unaveraged) weights, feature → weight per label. */
  readonly weights = new Map<K, W>();
  /** Sum of each weight over the instances before its last change. */
  private readonly totals = new Map<K, Float64Array>();
  /** The instance count at each weight's last change. */
  private readonly stamps = new Map<K, Float64Array>();
  /** Number of instances seen: the clock of the lazy averaging. */
  private clock = 0;

  /**
   * @param labels Number of labels.
   * @param make Allocates the weights of one feature (Float32Array or Float64Array: the trainers'
   *   models were tuned with their own precision).
   */
  constructor(
    private readonly labels: number,
    private readonly make: (n: number) => W,
  ) {}

  /** Counts one instance (call once per training token, before its update). */
  tick(): void {
    this.clock++;
  }

  /** The perceptron update: +1 for the true label's weights, -1 for the guess's, nothing when they agree. */
  update(truth: number, guess: number, feats: readonly K[]): void {
    if (truth === guess) return;
    for (const f of feats) {
      this.add(f, truth, 1);
      this.add(f, guess, -1);
    }
  }

  private add(f: K, label: number, v: number): void {
    let a = this.weights.get(f);
    if (!a) {
      a = this.make(this.labels);
      this.weights.set(f, a);
      this.totals.set(f, new Float64Array(this.labels));
      this.stamps.set(f, new Float64Array(this.labels));
    }
    const tot = this.totals.get(f)!;
    const ts = this.stamps.get(f)!;
    tot[label]! += (this.clock - ts[label]!) * a[label]!;
    ts[label] = this.clock;
    a[label]! += v;
  }

  /** The weights averaged over all instances seen, in the order the features were first updated. */
  averaged(): Map<K, Float64Array> {
    const out = new Map<K, Float64Array>();
    for (const [f, a] of this.weights) {
      const tot = this.totals.get(f)!;
      const ts = this.stamps.get(f)!;
      const v = new Float64Array(this.labels);
      for (let k = 0; k < this.labels; k++) v[k] = (tot[k]! + (this.clock - ts[k]!) * a[k]!) / this.clock;
      out.set(f, v);
    }
    return out;
  }
}
