// Public surface of the adaptive engine. Pure: no I/O, no clock, randomness passed in.
export type * from './types.ts';
export { buildGraph, goalConcepts, checkKey } from './graph.ts';
export type { CurriculumGraph, ConceptNode, CheckNode } from './graph.ts';
export { defaultParams, DEFAULT_MEMORY } from './params.ts';
export { createModel, mastery, conceptState, statusOf, predictSuccess } from './model.ts';
export type { Model } from './model.ts';
export { initialState, applyEvent, replay, predictEvent } from './reducer.ts';
export { nextStep } from './next-step.ts';
export { placementNext, placementPosterior, testOutItems, testOutPassed } from './placement.ts';
export type { PlacementAnswer, PlacementStep } from './placement.ts';
export { progress, topicProgress, conceptProgress } from './progress.ts';
export type { TopicProgress, ConceptProgress } from './progress.ts';
export { fitParams, fittedPart, accumulateCheckStats, updateCheckStats, paramsWithStats, noiseFromCounts, logLikelihood } from './fit.ts';
export type { CheckStats, FitResult, FitOptions, FittedPart } from './fit.ts';
export { mulberry32, deriveSeed } from './rng.ts';
export type { Rng } from './rng.ts';
