import { isCapitalized } from '../../tokens';
import { PARTICIPLE, PREPOSITIONS } from '../../grammar/words';
import { weighs, type QuoteEvidence } from './context';

/**
 * „„Die Zeit“ meldet“, „Wie „heise online“ berichtet“: the quoted name is the source, not speech.
 * (Not inside a prepositional phrase, which is never the subject: „Von einem „…“ sprach …“; nor
 * after a reflexive „sich“, where the quote is what someone shows: „die sich „erleichtert“ zeigte“,
 * nor after „als“, where it is a verdict: „hat den Plan als „Unsinn“ bezeichnet“.)
 */
export const quotedSource = weighs('quote-or-name/quoted-source', 'A verb of saying follows the quote directly („„Die Zeit“ meldet“): the quote names the source.', -3,
  (e) => !!e.next && e.next.kind === 'word' && !isCapitalized(e.next) && !geParticiple(e.next.lower) && e.lex.verb(e.next.lower).some((v) => v.cls === 'say' || v.cls === 'name') && e.prev?.text !== ',' && !/^(sich|als)$/.test(e.prev?.lower ?? '') && !inPrepositionalPhrase(e));

/** A participle with „ge-“ is never the finite verb of a subject: „hat den Kai „marode“ genannt“, „hat „…“ gesagt“ (one in „-iert“ may be: „„Die Zeit“ kritisiert“). */
const geParticiple = (lower: string) => PARTICIPLE.test(lower) && !/iert$/.test(lower);

function inPrepositionalPhrase(e: QuoteEvidence): boolean {
  const before = e.t.slice(Math.max(e.sa, e.qa - 2), e.qa);
  return before.some((x) => x.kind === 'word' && !isCapitalized(x) && PREPOSITIONS.has(x.lower)) || (e.qa - 2 >= e.sa && e.qa - 2 === e.sa && PREPOSITIONS.has(e.t[e.sa].lower));
}
