// Rank acceptability (SMAA) and tornado data for a MAMCA problem of 10 models and 50 stakeholder
// groups with 4 criteria each, every impact uncertain: 10,000 seeded draws (target: under 1 s).
//   pnpm bench smaa              (MODELS=… STAKEHOLDERS=… CRITERIA=… SAMPLES=… to change the size)
import { mulberry32 } from "@tvaers/analysis";
import { rankAcceptability, scoreProblem, tornado } from "@tvaers/stakeholders";
import { measure, report } from "./measure.js";

const MODELS = Number(process.env.MODELS ?? 10);
const STAKEHOLDERS = Number(process.env.STAKEHOLDERS ?? 50);
const CRITERIA = Number(process.env.CRITERIA ?? 4);
const SAMPLES = Number(process.env.SAMPLES ?? 10_000);

const random = mulberry32(7);
const round = (x) => Math.round(x * 4) / 4;
const groups = Array.from({ length: STAKEHOLDERS }, (_, g) => ({
  id: `s${g}`,
  weight: 1 + Math.floor(random() * 3),
  criteria: Array.from({ length: CRITERIA }, (_, c) => ({ id: `c${c}`, weight: 1 + random() })),
}));
const cube = (value) =>
  Array.from({ length: MODELS }, () =>
    Array.from({ length: STAKEHOLDERS }, () => Array.from({ length: CRITERIA }, value)),
  );
const problem = {
  models: Array.from({ length: MODELS }, (_, m) => `model-${m}`),
  groups,
  impacts: cube(() => round(random() * 4 - 2)),
  uncertainty: cube(() => 0.5 + round(random())),
};
console.log(
  `  problem: ${MODELS} models, ${STAKEHOLDERS} stakeholders × ${CRITERIA} criteria, ${SAMPLES} samples`,
);

const base = await measure(() => scoreProblem(problem));
report("scoreProblem", base);
for (const impacts of ["uniform", "triangular"]) {
  const run = await measure(() => rankAcceptability(problem, { samples: SAMPLES, seed: 1, impacts }));
  const best = run.value.models.reduce((a, b) => (b.acceptability[0] > a.acceptability[0] ? b : a));
  report(
    `rankAcceptability (${impacts} impacts)`,
    run,
    `top: ${best.model} b¹ = ${best.acceptability[0].toFixed(3)}`,
  );
}
const centred = await measure(() =>
  rankAcceptability(problem, {
    samples: SAMPLES,
    seed: 1,
    stakeholderWeights: { centred: 20 },
    criterionWeights: { centred: 20 },
    centralWeights: true,
  }),
);
report("rankAcceptability (centred weights, central)", centred);
const bars = await measure(() => tornado(problem));
report("tornado", bars, `${bars.value.models[0].bars.length} bars per model`);
