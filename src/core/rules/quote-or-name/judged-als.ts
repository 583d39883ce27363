import type { Token } from '../../tokens';
import { weighs, type QuoteEvidence } from './context';

/** Verbs of judging that take someone's words with „als“: bezeichnet, eingestuft, sieht, wertet … */
const EVALUATIVE = /^(bezeichne|beschrieb|beschreib|eingestuft|einstuf|stufte|gesehen|sieht|sah|sehen|gewertet|wertet|werten|bewertet|bewertete|empfunden|empfand|empfinden|abgetan|tat|dargestellt|darstellt|stellte|betrachtet|betrachtete|gilt|galt|kritisiert)/;

/**
 * „als „extrem“ bezeichnet“, „als „Kapitulation“ sieht“, „als „sehr hoch“ eingestuft“: someone's
 * words quoted as their judgement.
 */
export const judgedAls = weighs('quote-or-name/judged-als', '„als „…“ bezeichnet“, „bezeichnete X als „…““: words quoted as someone\'s judgement after „als“ and a verb of judging or naming, in either order.', 3.5,
  (e) => e.prev?.lower === 'als' && !/^(bekannt|bekannte|bekannten|genannte|genannten)$/.test(e.next?.lower ?? '') && (e.after.some(judging(e)) || judgingBefore(e)));

/** A verb of judging earlier in the quote's clause („bezeichnete die Lage als „…““), within ten tokens. */
function judgingBefore(e: QuoteEvidence): boolean {
  for (let k = e.qa - 2; k >= Math.max(e.sa, e.qa - 10); k--) {
    const x = e.t[k];
    if (x.text === ',' || x.lower === 'und' || x.lower === 'oder' || REPUTE.test(x.lower)) return false;
    if (judging(e)(x)) return true;
  }
  return false;
}

/** „gilt als „…““ says what something is considered, by no one in particular: no one's words. */
const REPUTE = /^(gilt|galt|gelten|galten)$/;

/** A verb of judging or naming (lower case, so no noun). */
const judging = (e: QuoteEvidence) => (x: Token) => x.kind === 'word' && x.text === x.lower && (EVALUATIVE.test(x.lower) || e.lex.verb(x.lower).some((v) => v.cls === 'name'));
