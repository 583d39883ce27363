import { attributionOf, type Attribution } from '../../attribution';
import { subjectSpeakerness } from '../../grammar/speakerness';
import type { NP } from '../../grammar/view';
import { DETERMINERS, fullVerbForm, NOT_A_FULL_VERB, PREPOSITIONS } from '../../grammar/words';
import { isCapitalized } from '../../tokens';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/colon-one-person';

/** Prepositions before a phrase that may be who speaks („von der Lotsin kam …“, „bei Roth klingt …“); others name an addressee, topic or place. */
const OF_THE_SPEAKER = /^(von|vom|bei|beim|für|seitens)$/;

/**
 * „Bei Jan Roth klingt das so: „…““, „Von der Lotsin kam die Antwort: „…““, „Gegenüber der
 * Hafenpost wurde Roth deutlicher: „…““: a clause before the colon with no speaking subject the
 * other rules read, but exactly one person, role or body in it (alone or after „von“, „bei“,
 * „für“; not after „gegenüber“, „mit“, „über“, which name an addressee or topic). The quote spells
 * out what the clause says of them, so they speak; two such phrases leave it open.
 */
export const colonOnePerson: QuoteRule = {
  id,
  description: '„Bei X klingt das so: „…““: the one person, role or body in the clause before the colon speaks.',
  match({ st, sa, colon }: QuoteContext): Attribution | null {
    if (colon < 0) return null;
    const t = st.tokens;
    const cs = st.clauseStart(colon, sa);
    let speaker: NP | null = null;
    let verb = -1;
    for (let k = cs; k < colon; k++) {
      const w = t[k];
      if (w.kind !== 'word') continue;
      if (!isCapitalized(w) && !DETERMINERS.has(w.lower)) {
        if (verb < 0 && k > cs && !NOT_A_FULL_VERB.has(w.lower) && fullVerbForm(st.lex, w.lower)) verb = k;
        continue;
      }
      const np = st.nounPhrase(k, colon);
      if (!np || np[0] !== k) continue;
      // (Any phrase that may speak counts, bodies too: a second one leaves it open.)
      const named = subjectSpeakerness(st, np) >= 1.5 && t.slice(np[0], np[1] + 1).some(isCapitalized);
      const before = t[k - 1];
      const free = !before || before.kind !== 'word' || !PREPOSITIONS.has(before.lower) || OF_THE_SPEAKER.test(before.lower);
      if (named && free) {
        if (speaker) return null;
        speaker = np;
      }
      k = np[1];
    }
    if (!speaker) return null;
    const cue = verb >= 0 ? verb : colon;
    return attributionOf(id, st.span(cue, cue), st.span(speaker[0], speaker[1]), 'colon-verb');
  },
};
