import { attributionOf } from '../../attribution';
import { clauseEndAfter } from '../../grammar/clauses';
import { phraseEndingBefore } from '../../grammar/noun-phrase';
import type { IndirectQuote } from '../../indirect';
import { isCap } from '../../tokens';
import { AUXILIARIES, looksFinite } from '../../grammar/words';
import { hasKonjunktiv, makeSpeech, type SpeechContext, type SpeechRule } from './context';
import { reportedSoll } from './helpers';

const id = 'speech/relative-frame';

/** Antecedents that name what was said or found, so that „nach denen …“ after them reports it. */
const REPORT_NOUN = /^(Gerüchte|Studien|Studie|Meldungen|Angaben|Aussagen|Informationen)$/;

/**
 * „Studien, nach denen …“, „die Sichtweise von X, wonach …“: a relative frame; the relative word
 * stands for the source, and annotators mark it as the source mention. Its content is the clause
 * it opens, when that is Konjunktiv I, a reportive „soll“, or the antecedent names what was said
 * (not a modal Konjunktiv II: „den Hund zu impfen, wonach er abgeholt werden sollte“).
 */
export const relativeFrame: SpeechRule = {
  id,
  description: '„…, wonach …“, „Studien, nach denen …“: a relative frame reports the clause it opens.',
  confidence: 0.65,
  match(ctx: SpeechContext): IndirectQuote | null {
    const { st, sa, end, inQuote } = ctx;
    const t = st.tokens;
    for (let k = sa + 1; k < end; k++) {
      // („nach dem Spiel“ is a phrase: an article before its noun, not a relative pronoun.)
      const relative = t[k].lower === 'wonach' ? k : t[k].lower === 'nach' && /^(denen|dem|der|welchem|welcher)$/.test(t[k + 1]?.lower ?? '') && !(t[k + 2] && isCap(t[k + 2]) && !/^(denen|welchem|welcher)$/.test(t[k + 1].lower)) ? k + 1 : -1;
      if (relative < 0 || t[k - 1].text !== ',' || inQuote(k)) continue;
      // The antecedent: the phrase right before the comma („Im Hafen kursieren Gerüchte, nach denen …“),
      // or the clause's first phrase when the relative clause follows an infinitive („einen Antrag
      // einzubringen, nach welchem …“).
      const cs = st.clauseStart(k - 1, sa);
      // (Any noun of the phrase counts: „Ein Bericht der Hafenpost, wonach …“ ends in its genitive.)
      const reportNoun = (k: number) => st.lex.isSpeechNoun(t[k].text) || st.lex.isDocumentNoun(t[k].text) || REPORT_NOUN.test(t[k].text);
      // (Or extraposed past the clause's verb: „wollte Meldungen der Lokalpresse nicht kommentieren, wonach …“.)
      const extraposed = k - 1 - cs <= 8 && t.slice(cs, k - 1).some((x, j) => isCap(x) && j + cs > sa && /(berichte|meldungen|angaben|gerüchte|informationen)$/i.test(x.text));
      const before = phraseEndingBefore(st, cs, k - 1);
      const names = extraposed || [before, st.nounPhrase(cs, k - 1)].some((np) => {
        if (!np) return false;
        for (let j = np[0]; j <= np[1]; j++) if (isCap(t[j]) && reportNoun(j)) return true;
        return false;
      });
      let contentEnd = clauseEndAfter(t, relative + 1, end);
      // „Die Sichtweise der Senatorin, wonach …, teilen die Lotsen nicht“: a relative clause in the
      // sentence's first field ends at the comma before the main clause's verb.
      if (cs === sa || cs === sa + 1) {
        for (let j = relative + 2; j < contentEnd; j++) {
          if (t[j].text === ',' && t[j + 1]?.kind === 'word' && !isCap(t[j + 1]) && (AUXILIARIES.has(t[j + 1].lower) || looksFinite(t[j + 1].lower))) { contentEnd = j - 1; break; }
        }
      }
      // (The relative word is the mention; the phrase it stands for names the source: „Berichte der
      // Hafenzeitung, wonach …“ → Hafenzeitung, not a speaker „wonach“.)
      const refersTo = before ? st.span(before[0], before[1]) : null;
      const q = makeSpeech(ctx, relative + 1, contentEnd, 'indirect', attributionOf(id, st.span(k, relative), st.span(relative, relative), 'preposition', undefined, undefined, null, refersTo), 0.65, id);
      if (q && (hasKonjunktiv(ctx, relative + 1, contentEnd, true) || reportedSoll(t, relative + 1, contentEnd) || names)) return q;
    }
    return null;
  },
};
