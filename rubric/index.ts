/** rubric/ — scores claims against a configurable rubric: schema and presets as validated data, and the one pure scoring function with its reasons and questions. */
export * from './types';
export { scoreAssessment, gradeFor, GRADE_CUTOFFS, DEAL_BREAKER_CAP } from './score';
export { parseRubric, serialiseRubric, type Rubric, type Criterion } from './schema';
export { PRESETS, DEFAULT_PRESET, getPreset, isPresetId } from './presets';
export { conflictQuestion, followUps, questionsAsText } from './questions';
