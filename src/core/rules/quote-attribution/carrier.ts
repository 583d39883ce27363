import { attributionOf, type Attribution } from '../../attribution';
import type { NP, SentenceTokens } from '../../grammar/view';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/carrier';

/** Nouns of the words written on something: „mit der Aufschrift „…““. */
const INSCRIPTION = /^(aufschrift|schriftzug|slogan|parole|losung|botschaft)$/;
/** Things that carry written words: „Auf dem Hafentransparent stand …“ (compounds too). */
const CARRIER = /(transparent|transparente|transparenten|plakat|plakaten|plakate|schild|schilder|schildern|spruchband|spruchbänder|banner|fahne|fahnen|stoffband|stoffbänder|shirt|shirts|tafel)$/;

/**
 * „Die Lotsen trugen Banner mit der Aufschrift „Rettet den Kai““, „Auf dem Hafentransparent stand
 * „Hände weg vom Hafen““: written words speak for what carries them (placards, banners, shirts),
 * not for who carries it; the inscription phrase or the verb of the carrier's clause is the cue.
 */
export const carrier: QuoteRule = {
  id,
  description: 'Words written on a placard or banner („Banner mit der Aufschrift „…““, „Auf dem Transparent stand „…““) speak for what carries them.',
  confidence: 0.7,
  match({ st, qa, sa }: QuoteContext): Attribution | null {
    const t = st.tokens;
    // „… Banner mit der Aufschrift „…““: the phrase right before the quote.
    const noun = t[qa - 1]?.text === ':' ? qa - 2 : qa - 1;
    if (INSCRIPTION.test(t[noun]?.lower ?? '') && /^(der|dem)$/.test(t[noun - 1]?.lower ?? '') && t[noun - 2]?.lower === 'mit') {
      // (An inscription proves its bearer a carrier — „ein Fesselballon mit der Aufschrift“; a slogan
      // or message needs a carrier noun: „demonstrierten mit der Parole“ has none.)
      const held = phraseEndingAt(st, noun - 3, sa, /^(aufschrift|schriftzug)$/.test(t[noun].lower));
      return held ? attributionOf(id, st.span(noun - 2, noun), st.span(held[0], held[1]), 'sentence-verb') : null;
    }
    // „Auf dem Hafentransparent stand in großen Lettern „…““: a carrier opening the sentence.
    if (!/^(auf|an)$/.test(t[sa]?.lower ?? '')) return null;
    const place = st.nounPhrase(sa + 1, qa);
    if (!place || !CARRIER.test(t[place[1]].lower) || place[1] + 1 >= qa) return null;
    return attributionOf(id, st.span(place[1] + 1, qa - 1), st.span(place[0], place[1]), 'sentence-verb');
  },
};

/** The noun phrase that ends at token `last` (its article and adjectives included), looking back a few words: a carrier noun unless anyNoun. */
function phraseEndingAt(st: SentenceTokens, last: number, sa: number, anyNoun: boolean): NP | null {
  for (let a = last; a >= Math.max(sa, last - 4); a--) {
    const np = st.nounPhrase(a, last + 1);
    if (np && np[1] === last && (anyNoun || CARRIER.test(st.tokens[last].lower))) return np;
  }
  return null;
}
