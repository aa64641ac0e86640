/**
 * Random draws for stochastic multicriteria acceptability analysis, from any uniform source (a seeded
 * `mulberry32` from @tvaers/analysis), writing into preallocated arrays so a sample allocates nothing.
 *
 *   weights "uniform"        Dirichlet(1, …, 1): uniform on the simplex, SMAA's model of no weight
 *                            information (Lahdelma & Salminen 2001). Drawn as n exponential variates
 *                            −ln(1 − u), normalised by their sum — the same distribution as the spacings
 *                            of n − 1 sorted uniforms, without the sort.
 *   weights { centred: κ }   Dirichlet(κ·ŵ₁, …, κ·ŵₙ): centred on the stated weights ŵ (its mean), the
 *                            tighter the larger the concentration κ (variance ŵᵢ(1 − ŵᵢ)/(κ + 1)); a
 *                            stated weight of 0 stays 0. Gamma variates by Marsaglia & Tsang (2000), with
 *                            Gamma(a) = Gamma(a + 1)·u^(1/a) for a < 1, normals by Box–Muller.
 *   weights "fixed"          the stated weights.
 *   impacts "uniform"        I + u·(2v − 1), v uniform: uniform on [I − u, I + u].
 *   impacts "triangular"     I + u·(v₁ + v₂ − 1): the symmetric triangular distribution on [I − u, I + u].
 *   impacts "fixed"          I.
 * Perturbed impacts are clamped to −2 … +2 (the scale), which moves some mass onto the bounds. For
 * speed, `rankAcceptability` takes the v's of impacts as 16-bit uniforms, two from each 32-bit draw:
 * a resolution of 1/65,536 of an impact's range, far below any stated uncertainty.
 *
 * References: Lahdelma, R. & Salminen, P. (2001). SMAA-2: Stochastic multicriteria acceptability
 * analysis for group decision making. Operations Research 49(3), 444–454. Marsaglia, G. & Tsang, W. W.
 * (2000). A simple method for generating gamma variables. ACM Transactions on Mathematical Software
 * 26(3), 363–372.
 */
import type { Random } from "@tvaers/analysis";

/** How weights are sampled: uniformly on the simplex, centred on the stated ones, or not at all. */
export type WeightSampling = "uniform" | "fixed" | { centred: number };

/** How impacts are perturbed within their uncertainty. */
export type ImpactSampling = "uniform" | "triangular" | "fixed";

/** Checks a weight-sampling option; throws a `RangeError` for a concentration that is not > 0. */
export function checkWeightSampling(sampling: WeightSampling, name: string): void {
  if (sampling === "uniform" || sampling === "fixed") return;
  if (!(typeof sampling === "object" && sampling.centred > 0 && Number.isFinite(sampling.centred))) {
    throw new RangeError(`${name} must be "uniform", "fixed" or { centred: κ } with κ > 0`);
  }
}

/** A standard normal variate (Box–Muller; one of the pair). */
function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A Gamma(shape, 1) variate, shape > 0 (Marsaglia & Tsang). */
export function gamma(random: Random, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Draws weights for `n` items into `out[offset … offset + n)` per `sampling`; `stated` holds the stated
 * weights (normalised) at the same positions.
 */
export function sampleWeights(
  random: Random,
  sampling: WeightSampling,
  stated: Float64Array,
  out: Float64Array,
  offset: number,
  n: number,
): void {
  if (sampling === "fixed" || n === 1) {
    for (let i = offset; i < offset + n; i++) out[i] = stated[i]!;
    return;
  }
  let total = 0;
  for (let i = offset; i < offset + n; i++) {
    const x =
      sampling === "uniform"
        ? -Math.log(1 - random())
        : stated[i]! > 0
          ? gamma(random, sampling.centred * stated[i]!)
          : 0;
    out[i] = x;
    total += x;
  }
  for (let i = offset; i < offset + n; i++) out[i] = total > 0 ? out[i]! / total : stated[i]!;
}
