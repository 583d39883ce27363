// Every rule family of the analysis in one list, for `--explain`, the rule tester, the per-rule
// figures of `npm run eval -- --rules` and the hover card's "why" line. Stages are steps that
// combine results (a second frame, a replacement from the sentence before); they can be switched
// off like rules.
import type { RuleInfo } from '../engine/rule';
import { AGENTLESS_SOURCE, COORDINATED_FRAME, FRAGMENT_NOT_SWALLOWED, FRAME_INSIDE_QUOTE, MAIN_CLAUSE_FRAME, REPLACES_PREVIOUS, SECOND_FRAME, SOURCE_RELATIVE_CLAUSE } from '../indirect';
import { INTERVIEW_TURNS, INTERVIEW_TURNS_DESCRIPTION } from '../interview';
import { CHAIN_BEFORE_POINTER, DISCOURSE, NEAREST_MENTION, NESTED_FRAME } from './discourse';
import { HEDGE_SENSES, HEDGES } from './hedges';
import { QUOTE_ATTRIBUTION } from './quote-attribution';
import { FRAGMENT_GUARDS, FRAGMENT_IN_SPEECH, FRAGMENT_IN_SPEECH_DESCRIPTION, QUOTE_OR_NAME, WEIGHED_SPEECH } from './quote-or-name';
import { NAMED_BEATS_VAGUE, SOURCE_FRAME } from './source-frame';
import { SPEECH, SPEECH_AT_VERB, SPEECH_GUARDS } from './speech';

export type RuleKind = 'first-match' | 'weight' | 'guard' | 'stage';

export interface RuleSummary {
  id: string;
  family: string;
  kind: RuleKind;
  description: string;
  confidence?: number;
}

const stage = (id: string, description: string): RuleInfo => ({ id, description });

export const ALL_FAMILIES: readonly { family: string; kind: RuleKind; rules: readonly RuleInfo[] }[] = [
  { family: 'quote-or-name', kind: 'weight', rules: QUOTE_OR_NAME.rules },
  { family: 'quote-or-name', kind: 'stage', rules: [stage(WEIGHED_SPEECH, 'A quoted string whose weighed evidence sums above 0 is a direct quote.'), stage(FRAGMENT_IN_SPEECH, FRAGMENT_IN_SPEECH_DESCRIPTION)] },
  { family: 'quote-or-name/fragment-not', kind: 'guard', rules: FRAGMENT_GUARDS },
  { family: 'quote-attribution', kind: 'first-match', rules: QUOTE_ATTRIBUTION.rules },
  { family: 'source-frame', kind: 'first-match', rules: SOURCE_FRAME.rules },
  { family: 'source-frame', kind: 'stage', rules: [stage(NAMED_BEATS_VAGUE, 'A named source („laut „Tagesspiegel““) beats an unnamed one („Quellen zufolge“) in the same sentence.')] },
  { family: 'speech', kind: 'first-match', rules: SPEECH.rules },
  { family: 'speech', kind: 'first-match', rules: SPEECH_AT_VERB.rules },
  { family: 'speech/not-a-frame', kind: 'guard', rules: SPEECH_GUARDS.rules },
  {
    family: 'speech/stage', kind: 'stage', rules: [
      stage(SECOND_FRAME, 'A second source frame in a later clause („…, von dem laut Polizei …“) starts speech of its own.'),
      stage(COORDINATED_FRAME, 'A main clause joined by „und“ with a subject and a frame of its own („…, und Hamburg sagte, …“), or a verb of saying sharing the subject with content of its own („…, und gab an, …“), starts speech of its own.'),
      stage(MAIN_CLAUSE_FRAME, 'After the content of a frame in a subordinate clause opening the sentence („Als die Lotsin sagte, …, erklärte der Hafenmeister, …“), the main clause is read as a sentence, and its frame starts speech of its own.'),
      stage(FRAME_INSIDE_QUOTE, 'Inside a direct quote, a frame whose subject is the quoted speaker\'s „ich“ or „wir“ („„Wir fürchten, dass …““) reports content of its own, said by the quote\'s speaker.'),
      stage(SOURCE_RELATIVE_CLAUSE, 'A relative clause on the source of „so X“ („…, so Roth, die auch angab, dass …“) is read as a sentence, and its frame starts speech of its own.'),
      stage(AGENTLESS_SOURCE, 'A frame with no source of its own takes the body acting in the sentence before as its likely source.'),
      stage(REPLACES_PREVIOUS, 'A sentence whose content is the sentence before („Dies bestätigte X.“) replaces what that sentence yielded.'),
      stage(FRAGMENT_NOT_SWALLOWED, 'Quoted words inside reported speech are what was said („warnte vor einer „…““): the reported span around them goes.'),
      stage(INTERVIEW_TURNS, INTERVIEW_TURNS_DESCRIPTION),
    ],
  },
  { family: 'discourse', kind: 'first-match', rules: DISCOURSE.rules },
  { family: 'discourse/stage', kind: 'stage', rules: [
    stage(NEAREST_MENTION, 'A speaker carried on from speech before is reported at its mention nearest the speech („Roth war lange in Kiel. Der Kai sei zu kurz.“).'),
    stage(CHAIN_BEFORE_POINTER, 'The Konjunktiv sentences right before a sentence that points back at them („Dies berichtete X.“) are X\'s too, not an earlier speaker\'s.'),
    stage(NESTED_FRAME, 'A frame in Konjunktiv with a subject of its own („Der Lotse behaupte, …“) is itself reported: its sentence is also the speech of the speaker before.'),
  ] },
  { family: 'hedges', kind: 'first-match', rules: HEDGES.rules },
  { family: 'hedges/sense', kind: 'guard', rules: HEDGE_SENSES.rules },
];

/** Every rule and stage, in family order. */
export function allRules(): RuleSummary[] {
  return ALL_FAMILIES.flatMap(({ family, kind, rules }) => rules.map((r) => ({ id: r.id, family, kind, description: r.description, ...(r.confidence !== undefined ? { confidence: r.confidence } : {}) })));
}

/** The rule object itself (with its match, score or rejects), by id. */
export function ruleObject(id: string): RuleInfo | undefined {
  for (const f of ALL_FAMILIES) for (const r of f.rules) if (r.id === id) return r;
  return undefined;
}

let byId: Map<string, RuleSummary> | undefined;
export function ruleById(id: string): RuleSummary | undefined {
  byId ??= new Map(allRules().map((r) => [r.id, r]));
  return byId.get(id);
}
