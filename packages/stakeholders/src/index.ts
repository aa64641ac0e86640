/**
 * @tvaers/stakeholders — stakeholder analysis and the relevance of collaboration models.
 */

export {
  BOURNE_ATTRIBUTES,
  BOURNE_DEFAULTS,
  type BourneOptions,
  type BourneWeights,
  bourne,
} from "./classify/bourne.js";
export {
  CLASSIFICATIONS,
  type Classification,
  type ClassificationName,
  type ClassificationWarning,
  type ClassifyOptions,
  classify,
  type StakeholderClassification,
} from "./classify/classify.js";
export {
  INTERESSENT_ATTRIBUTES,
  INTERESSENT_CLASSES,
  INTERESSENT_CONVENTIONS,
  type InteressentClass,
  type InteressentConvention,
  type InteressentOptions,
  interessent,
  interessentClass,
} from "./classify/interessent.js";
export type { Bilingual, ClassInfo } from "./classify/labels.js";
export {
  cutoff,
  isHigh,
  type LevelOptions,
  missingRatings,
  type Quadrant,
  quadrant,
  type Thresholds,
} from "./classify/levels.js";
export {
  MENDELOW_ATTRIBUTES,
  MENDELOW_CLASSES,
  type MendelowClass,
  mendelow,
} from "./classify/mendelow.js";
export {
  SALIENCE_ATTRIBUTES,
  SALIENCE_CLASSES,
  type SalienceClass,
  salience,
} from "./classify/salience.js";
export type { Comparison } from "./evaluate/compare.js";
export {
  type BrokerDependence,
  EVALUATE_MODEL_DEFAULTS,
  type EvaluateModelOptions,
  evaluateModel,
  type ModelEvaluation,
} from "./evaluate/evaluate-model.js";
export type { GapChange, GapComparison, GapState } from "./evaluate/gap-changes.js";
export type { PathwayComparison } from "./evaluate/pathways.js";
export type { StakeholderImpact } from "./evaluate/stakeholder-impact.js";
export { parseStakeholdersCsv, type StakeholdersCsvOptions } from "./io/csv-stakeholders.js";
export { type ReadStakeholdersFileOptions, readStakeholdersFile } from "./io/read-file.js";
export { type AppliedModel, applyModel } from "./models/apply-model.js";
export { type Change, type ChangeAction, formatChanges } from "./models/change.js";
export {
  MODEL_FORMAT,
  type ModelDocument,
  type ModelDocumentInput,
  ModelDocumentSchema,
} from "./models/document.js";
export { modelJsonSchema } from "./models/json-schema.js";
export { type ParseModelOptions, parseModel } from "./models/parse-model.js";
export {
  type AddActorRule,
  type AddChannelRule,
  type FormTeamRule,
  MODEL_QUALITY_SCALE,
  PER,
  type Per,
  type RemoveActorRule,
  RULE_TYPES,
  type Rule,
  RuleSchema,
  type ScaleWaitsRule,
  type UpgradeChannelRule,
} from "./models/rules/schema.js";
export {
  ACTOR_SCORE_DEFAULTS,
  type ActorScore,
  type ActorScoreOptions,
  actorScores,
  type ComponentWeights,
} from "./power/actor-scores.js";
export {
  NETWORK_POWER_DEFAULTS,
  type NetworkPower,
  type NetworkPowerOptions,
  type NetworkPowerWarning,
  networkPower,
  type PowerDisagreement,
  type StakeholderPower,
  withBlendedPower,
} from "./power/network-power.js";
export { gamma, type ImpactSampling, sampleWeights, type WeightSampling } from "./robustness/sampling.js";
export {
  type CentralWeights,
  type ModelAcceptability,
  RANK_ACCEPTABILITY_DEFAULTS,
  type RankAcceptability,
  type RankAcceptabilityOptions,
  rankAcceptability,
} from "./robustness/smaa.js";
export {
  type ModelTornado,
  TORNADO_DEFAULTS,
  type TornadoBar,
  type TornadoEnd,
  type TornadoOptions,
  tornado,
} from "./robustness/tornado.js";
export {
  type CheckOptions,
  checkStakeholders,
  type LinkedNetwork,
} from "./schema/checks.js";
export {
  STAKEHOLDERS_FORMAT,
  type StakeholderDocument,
  type StakeholderDocumentInput,
  StakeholderDocumentSchema,
} from "./schema/document.js";
export { stakeholdersJsonSchema } from "./schema/json-schema.js";
export { type ParseStakeholdersOptions, parseStakeholders } from "./schema/parse.js";
export { PROVENANCE_KINDS, type Provenance, ProvenanceSchema } from "./schema/provenance.js";
export {
  DEFAULT_SCALES,
  formatScale,
  midpoint,
  resolveScales,
  type Scales,
  type ScalesInput,
  ScalesSchema,
  STAKEHOLDER_ATTRIBUTES,
  type StakeholderAttribute,
} from "./schema/scales.js";
export {
  provenanceOf,
  ratingOf,
  type Stakeholder,
  type StakeholderInput,
  StakeholderSchema,
  ValueProvenanceSchema,
} from "./schema/stakeholder.js";
export {
  CRITERIA_FORMAT,
  type CriteriaDocument,
  type CriteriaDocumentInput,
  CriteriaDocumentSchema,
  type Criterion,
  type EnteredImpact,
} from "./score/criteria-document.js";
export { DEFAULT_CRITERIA, defaultCriteria } from "./score/default-criteria.js";
export {
  DERIVED_MEASURES,
  type Derivation,
  type DerivedMeasure,
  impactFrom,
  measureValue,
} from "./score/derive.js";
export { type ImpactRecord, type ImpactSource, resolveImpact } from "./score/impacts.js";
export { type ParseCriteriaOptions, parseCriteria } from "./score/parse-criteria.js";
export {
  competitionRanks,
  type McdaGroup,
  type McdaProblem,
  type Normalisation,
  type NormalisedWeights,
  normalise,
  normalisedWeights,
  type ProblemScores,
  scoreProblem,
} from "./score/problem.js";
export {
  type Contribution,
  type ModelScore,
  type ModelScores,
  SCORE_MODELS_DEFAULTS,
  type ScoredGroup,
  type ScoreModelsOptions,
  scoreModels,
} from "./score/score-models.js";
export {
  SALIENCE_WEIGHTS,
  type StakeholderWeight,
  type StakeholderWeighting,
  type StakeholderWeightOptions,
  stakeholderWeight,
  type WeightSource,
} from "./score/stakeholder-weights.js";
export {
  type SpreadPotential,
  type SpreadPotentialOptions,
  type SpreadRow,
  type SpreadTarget,
  spreadPotential,
} from "./spread/spread-potential.js";
