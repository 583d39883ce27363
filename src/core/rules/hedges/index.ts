// Hedge cues: the rules tried at each word of a sentence, most specific first. A multi-word cue of
// the lexicon beats its words; the belief constructions („davon ausgehen“, „rechnen mit“) come
// before single words and verbs, whose sense tests (senses.ts) drop the readings that hedge nothing.
import { family } from '../../engine/rule';
import { davonAusgehen, nochNichtParticiple, rechnenMit, worryThat, opinionFrame, riskOfEvent, separableBeliefVerb, unnamedSource, vagueClaim, estimatedAmount, rumouredCandidate, passiveAccusation, accusedPerson, geltenAlsVerbLast, withheldConfirmation, frontedExclusion, singleIndication } from './belief-constructions';
import type { HedgeRule } from './context';
import { phrase, phraseWithGap } from './phrase';
import { BELIEF_VERB_SENSES, WORD_SENSES } from './senses';
import { beliefVerb, compoundNoun, hedgeWord, reportiveBeforeComma } from './word';

export const HEDGES = family<HedgeRule>('hedges', 'Words that present a claim as uncertain, probable or merely claimed', [
  phrase, davonAusgehen, separableBeliefVerb, rechnenMit, worryThat, nochNichtParticiple, riskOfEvent, unnamedSource, opinionFrame, vagueClaim, estimatedAmount, rumouredCandidate, passiveAccusation, accusedPerson, geltenAlsVerbLast, withheldConfirmation, frontedExclusion, singleIndication, phraseWithGap, hedgeWord, reportiveBeforeComma, beliefVerb, compoundNoun,
]);
export const HEDGE_SENSES = family('hedges/sense', 'Readings of hedge words that hedge nothing', [...WORD_SENSES, ...BELIEF_VERB_SENSES]);
