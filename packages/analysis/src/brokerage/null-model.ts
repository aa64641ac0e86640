/**
 * The null model of Gould & Fernandez (1989) for brokerage counts, with the expectations and
 * variances as R `sna::brokerage` computes them: every ordered pair of distinct nodes is a tie
 * independently with probability d = m / (N(N − 1)) (the observed density), so a given ordered triple
 * a, v, b is a brokered two-path with probability π = d²(1 − d). With group sizes n_g (N = Σ n_g) and
 *
 *   A = d³(1 − d)³,   B = d⁴(1 − d)²,   C = d⁵(1 − d),   C₂(x) = x(x − 1)/2,
 *
 * a broker in group g of size n has (E = expectation, Var = variance):
 *
 *   coordinator     E = π(n − 1)(n − 2)                 Var = E(1 − π) + 2(n − 1)(n − 2)(n − 3)A
 *   itinerant       E = π Σ_{h≠g} n_h(n_h − 1)           Var = E(1 − π) + 2 Σ_{h≠g} n_h(n_h − 1)(n_h − 2)A
 *   representative  E = π(N − n)(n − 1)                  Var = E(1 − π) + 2[(n − 1)C₂(N − n) + (N − n)C₂(n − 1)]A
 *   gatekeeper      as representative
 *   liaison         E = π Σ_{h≠k; h,k≠g} n_h n_k         Var = E(1 − π) + 4 Σ_{h≠g} n_h C₂(N − n − n_h)A
 *   total           E = π(N − 1)(N − 2)                  Var = E(1 − π) + 2(N − 1)(N − 2)(N − 3)A
 *
 * and the whole graph (sums over groups g, h, k):
 *
 *   coordinator     E = π Σ n(n − 1)(n − 2)              Var = E(1 − π) + Σ n(n − 1)(n − 2)[(4n − 10)A − 4(n − 3)B + (n − 3)C]
 *   itinerant       E = π Σ n(n − 1)(N − n)              Var = E(1 − π) + Σ_{g≠h} n_g n_h(n_g − 1)[(2n_g + 2n_h − 6)A + (N − n_g − 1)C]
 *   representative  E = π Σ n(n − 1)(N − n)              Var = E(1 − π) + Σ n(n − 1)(N − n)[(N − 3)A + (n − 2)C]
 *   gatekeeper      as representative
 *   liaison         E = π Σ_{g≠h} n_g n_h(N − n_g − n_h)  Var = E(1 − π) + Σ_{g,h,k distinct} n_g n_h n_k[(4(N − n_h) − 2(n_g + n_k + 1))A
 *                                                              − (4(N − n_k) − 2(n_g + n_h + 1))B + (N − n_g − n_k − 1)C]
 *   total           E = π N(N − 1)(N − 2)                Var = E(1 − π) + N(N − 1)(N − 2)[(4N − 10)A − 4(N − 3)B + (N − 3)C]
 *
 * The sums over other groups are rewritten with the power sums S_k = Σ n_g^k so that the cost is
 * O(G) for G groups (sna loops over all triples of groups, O(G³)); the liaison variance uses
 * T₀ = Σ_{distinct} n_g n_h n_k = S₁³ − 3S₁S₂ + 2S₃ and T₁ = Σ_{distinct} n_g² n_h n_k =
 * S₁²S₂ − S₂² − 2S₁S₃ + 2S₄, evaluated exactly in integers.
 *
 * Edge cases: with N < 2 the density is NaN and so is every moment; a variance of 0 (d = 0 or 1, or a
 * group too small for a role) gives a z-score of NaN (0/0) or ±Infinity, as in R.
 *
 * Complexity: O(G).
 */

/** Expectations and variances of the six role counts (five roles, then total), in role order. */
export interface RoleMoments {
  expected: Float64Array;
  variance: Float64Array;
}

const choose2 = (x: number) => (x * (x - 1)) / 2;

function powerSum(sizes: readonly number[], k: number): number {
  let s = 0;
  for (const n of sizes) s += n ** k;
  return s;
}

/** Moments of a broker's counts for each group (indexed like `sizes`), given the density d. */
export function groupMoments(sizes: readonly number[], d: number): RoleMoments[] {
  const N = powerSum(sizes, 1);
  const S2 = powerSum(sizes, 2);
  const S3 = powerSum(sizes, 3);
  const P2 = sizes.reduce((s, n) => s + n * (n - 1), 0);
  const P3 = sizes.reduce((s, n) => s + n * (n - 1) * (n - 2), 0);
  const pi = d * d * (1 - d);
  const A = d ** 3 * (1 - d) ** 3;
  return sizes.map((n) => {
    const c = N - n;
    const expected = new Float64Array([
      pi * (n - 1) * (n - 2),
      pi * (P2 - n * (n - 1)),
      pi * c * (n - 1),
      pi * c * (n - 1),
      pi * (c * c - (S2 - n * n)),
      pi * (N - 1) * (N - 2),
    ]);
    const extra = [
      2 * (n - 1) * (n - 2) * (n - 3) * A,
      2 * (P3 - n * (n - 1) * (n - 2)) * A,
      2 * ((n - 1) * choose2(c) + c * choose2(n - 1)) * A,
      2 * ((n - 1) * choose2(c) + c * choose2(n - 1)) * A,
      2 * ((c * c - c) * (N - n) - (2 * c - 1) * (S2 - n * n) + (S3 - n ** 3)) * A,
      2 * (N - 1) * (N - 2) * (N - 3) * A,
    ];
    const variance = expected.map((e, r) => e * (1 - pi) + extra[r]!);
    return { expected, variance };
  });
}

/** T₀ and T₁ of the liaison variance, exactly (BigInt), then as numbers. */
function distinctTripleSums(sizes: readonly number[]): [number, number] {
  let s1 = 0n;
  let s2 = 0n;
  let s3 = 0n;
  let s4 = 0n;
  for (const size of sizes) {
    const n = BigInt(size);
    s1 += n;
    s2 += n * n;
    s3 += n * n * n;
    s4 += n * n * n * n;
  }
  const t0 = s1 ** 3n - 3n * s1 * s2 + 2n * s3;
  const t1 = s1 * s1 * s2 - s2 * s2 - 2n * s1 * s3 + 2n * s4;
  return [Number(t0), Number(t1)];
}

/** Moments of the whole graph's counts, given the group sizes and the density d. */
export function graphMoments(sizes: readonly number[], d: number): RoleMoments {
  const N = powerSum(sizes, 1);
  const S2 = powerSum(sizes, 2);
  const pi = d * d * (1 - d);
  const A = d ** 3 * (1 - d) ** 3;
  const B = d ** 4 * (1 - d) ** 2;
  const C = d ** 5 * (1 - d);
  let coordinator = 0;
  let coordinatorExtra = 0;
  let across = 0; // Σ n(n − 1)(N − n): itinerant, representative and gatekeeper pairs
  let itinerantExtra = 0;
  let betweenExtra = 0;
  let liaison = 0;
  for (const n of sizes) {
    const triples = n * (n - 1) * (n - 2);
    coordinator += triples;
    coordinatorExtra += triples * ((4 * n - 10) * A - 4 * (n - 3) * B + (n - 3) * C);
    const pairs = n * (n - 1) * (N - n);
    across += pairs;
    itinerantExtra += n * (n - 1) * (((2 * n - 6) * A + (N - n - 1) * C) * (N - n) + 2 * A * (S2 - n * n));
    betweenExtra += pairs * ((N - 3) * A + (n - 2) * C);
    liaison += n * ((N - n) * (N - n) - (S2 - n * n));
  }
  const [t0, t1] = distinctTripleSums(sizes);
  const liaisonExtra = ((4 * N - 2) * t0 - 8 * t1) * (A - B) + ((N - 1) * t0 - 2 * t1) * C;
  const all = N * (N - 1) * (N - 2);
  const expected = new Float64Array([coordinator, across, across, across, liaison, all].map((x) => pi * x));
  const extra = [
    coordinatorExtra,
    itinerantExtra,
    betweenExtra,
    betweenExtra,
    liaisonExtra,
    all * ((4 * N - 10) * A - 4 * (N - 3) * B + (N - 3) * C),
  ];
  const variance = expected.map((e, r) => e * (1 - pi) + extra[r]!);
  return { expected, variance };
}
