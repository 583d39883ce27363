// Public surface of the analysis core (no VS Code here).
export * from './types';
export { analyze, Analyzer, type AnalyzerOptions } from './analyze';
export { checkInput, hasNewsHeader, parseArticle, InputError, DEFAULT_MAX_LENGTH } from './article';
export { EDITOR_DEFAULT_RULES, exportOutputMarker, whyNotAnArticle, type ArticleRules } from './articleFiles';
export { Lexicon, getDefaultLexicon, weakVerbForms, type LexiconAdditions } from './lexicon';
export { toPrediction, type Prediction } from './prediction';
export * from './view';
export { slug } from './speakers';
export { RuleEngine, RuleTiming, type EngineOptions } from './engine/engine';
export { ALL_FAMILIES, allRules, ruleById, type RuleSummary } from './rules';
export * from './kinds';
export { bestMatch, SourceIndex, sourceText, VERDICTS, type DiffOp, type SourceMatch, type Verdict } from './sourceCheck';
export { LineIndex } from './lines';
