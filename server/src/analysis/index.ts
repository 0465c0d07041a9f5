/**
 * The public surface of the analysis core. Pure: no VS Code, no LSP, no file
 * system. Everything outside the core imports from here.
 */
export * from './types';
export { analyzeArticle, type AnalyzeOptions } from './analyze';
export { AnalysisMemo } from './memo';
export { warmRegistryInSteps } from './registryWarm';
export {
  buildRegistry,
  buildRegistryInSteps,
  parseRegistry,
  duplicateIdsAcrossFiles,
  filesAsMerged,
  nearMiss,
  EMPTY_REGISTRY,
  type Registry,
  type RegistryEntry,
  type RegistryProblem,
  type ParsedRegistryFile,
  type MergedRegistryFile,
} from './registry';
export { splitLines } from './lines';
export { splitSentences, tokenize, type Token } from './ner/tokenize';
export { LineIndex, type LinePosition } from './lineIndex';
export { daysInMonth } from './dates/calendar';
export { looksLikeArticle } from './articleDetection';
export { describeDate, isResolved } from './dates/describe';
export { linkFormOf, linkOccurrences, unknownLinkIds } from './entities/disambiguate';
export { setFrontMatterDate, type TextSplice } from './frontMatterEdit';
export { findLink, linkValue, setFrontMatterLink, withOccurrence, type LinkValue } from './frontMatterLinkEdit';
export { addAlias, addEntity, addIgnore, newRegistryText, renameEntity, type NewEntityEntry, type TextEdit } from './registry/edit';
export { slugify } from './slug';
export { suggestedAliases, unregisteredReports, type UnregisteredReport } from './problems';
