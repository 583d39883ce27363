import { ABSTRACT, DETERMINERS } from '../../grammar/words';
import { isCapitalized, type Token } from '../../tokens';
import { weighs, type QuoteEvidence } from './context';

const INDEFINITE = /^(ein|eine|einen|einem|einer)$/;

/**
 * „nannte den Plan einen „Schildbürgerstreich““, „bezeichnete ihn als eine „Farce““: after a verb of
 * naming or judging, a quote behind an indefinite article is the speaker's verdict in their words,
 * even when it is one capitalised noun (German capitalises every noun, so that says little here).
 */
export const judgedObject = weighs('quote-or-name/judged-object', '„nannte X einen „…““, „nannte das „…““: a quote behind an indefinite article, or after a fact or matter named, after a verb of naming or judging is the speaker\'s verdict.', 2.5,
  (e) => !!e.prev && (INDEFINITE.test(e.prev.lower) || judgedMatter(e)) && namingBefore(e));

/** A statement pointed at („das“, „dies“) or a matter with an abstract head („die Entscheidung“) right before the quote: it gets a verdict, not a name, as a boat or a child would („nannte ihr Boot „Möwe““). */
function judgedMatter(e: QuoteEvidence): boolean {
  const prev = e.prev!;
  if (/^(das|dies|dieses|es)$/.test(prev.lower)) return true;
  return isCapitalized(prev) && ABSTRACT.test(prev.lower) && DETERMINERS.has(e.t[e.qa - 2]?.lower ?? '');
}

/** A verb of naming (lower case, not a noun) earlier in the quote's clause, within eight tokens. */
export function namingBefore(e: QuoteEvidence): boolean {
  for (let k = e.qa - 2; k >= Math.max(e.sa, e.qa - 8); k--) {
    const x: Token = e.t[k];
    if (x.text === ',' || x.text === ';' || x.text === ':') return false;
    if (x.kind === 'word' && x.text === x.lower && e.lex.verb(x.lower).some((v) => v.cls === 'name')) return true;
  }
  return false;
}
