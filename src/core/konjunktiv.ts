// Konjunktiv I and II, the mood of reported speech: „er sei“, „sie habe“, „man könne“, „es gäbe“.
// Data: the irregular forms (lexicons/de.json `konjunktiv1`, `konjunktiv2`) and a list of frequent
// verbs; rule: the 3rd person singular Konjunktiv I is the stem plus -e („gebe“, „fehle“), which
// differs from the indicative („gibt“, „fehlt“) and is only ambiguous after „ich“.
import deData from './lexicons/de.json';

const FIRST_PERSON = new Set(['ich']);
/** Konjunktiv forms no indicative shares, after „ich“ too. */
const DISTINCT = /^(sei|seien|wäre|hätte|würde|könnte|müsste|dürfte)$/;

/** Whether „ich“ stands among the eight words before k in its clause (no punctuation between). */
function firstPersonBefore(tokens: readonly { lower: string }[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const w = tokens[j].lower;
    if (w === 'ich') return true;
    if (/^[,.;:!?–—„“”"»«()]$/.test(w)) return false;
  }
  return false;
}

/** Any verb in „-ieren“ („kritisiere“, „profitiere“, „existiere“): the form is a verb's alone (not the adjective „schiere“). */
const IERE_VERB = /^(?!schiere$)\p{Ll}{4,}iere$/u;
/** Konjunktiv forms that are adjectives too: „er reiche“ and „reiche Reeder“, „sie weise hin“ and „eine weise Wahl“. */
const ADJECTIVE_TWIN = new Set(['reiche', 'weise', 'sichere']);
/** Words after which only the adjective stands (a verb never follows them directly): „für reiche …“, „weil reiche …“, „etwa reiche …“. */
const BEFORE_ADJECTIVE = /^(ein|eine|einen|einem|einer|eines|für|mit|von|vom|aus|bei|nach|zu|zum|zur|über|unter|gegen|ohne|durch|weil|da|dass|ob|wenn|obwohl|sehr|besonders|etwa|so|viele|einige|manche|alle|keine|wenige)$/;

export class KonjunktivRecogniser {
  private readonly forms = new Set<string>();

  constructor(listed: string[] = [...deData.konjunktiv1, ...deData.konjunktiv2], verbs: string[] = deData.konjunktivVerbs) {
    for (const f of listed) this.forms.add(f);
    for (const v of verbs) {
      const stem = v.endsWith('en') ? v.slice(0, -2) : v.endsWith('n') ? v.slice(0, -1) : v;
      if (v === 'sein') continue; // „sei“ is listed
      // 3rd singular Konjunktiv I; „-eln“ verbs drop the e („handle“ and „handele“).
      this.forms.add(stem.endsWith('e') ? stem : stem + 'e');
      if (/[^e]el$/.test(stem)) this.forms.add(stem.slice(0, -2) + 'le');
    }
  }

  /** Every form recognised, without regard to the word before it. */
  allForms(): IterableIterator<string> {
    return this.forms.values();
  }

  /** Whether the lower-case word form is Konjunktiv, given the words around it (to rule out „ich gebe“, „gebe ich“). */
  is(word: string, previous?: string, next?: string): boolean {
    if (!this.forms.has(word) && !IERE_VERB.test(word)) return false;
    // „ich gebe“, „dazu brauche ich“: first person indicative looks the same.
    const firstPerson = (previous && FIRST_PERSON.has(previous)) || (next && FIRST_PERSON.has(next));
    if (firstPerson && !DISTINCT.test(word)) return false;
    return !(ADJECTIVE_TWIN.has(word) && previous !== undefined && BEFORE_ADJECTIVE.test(previous));
  }

  /** Whether the word at k of a sentence's tokens is Konjunktiv, in its place. */
  at(tokens: readonly { lower: string; text?: string }[], k: number): boolean {
    const word = tokens[k].lower;
    if (!this.is(word, tokens[k - 1]?.lower, tokens[k + 1]?.lower)) return false;
    // („die reiche Ernte“: between an article and a noun the adjective; „das reiche nicht“ is the verb.)
    const next = tokens[k + 1]?.text;
    if (ADJECTIVE_TWIN.has(word) && next && next[0] !== next[0].toLowerCase() && /^(der|die|das|den|dem|des)$/.test(tokens[k - 1]?.lower ?? '')) return false;
    // („dass ich den Kai baue“, „indem ich ihn baue“: a verb-final first person, „ich“ further back in its clause.)
    return DISTINCT.test(word) || !firstPersonBefore(tokens, k);
  }
}

let defaultRecogniser: KonjunktivRecogniser | undefined;
export function getKonjunktiv(): KonjunktivRecogniser {
  return (defaultRecogniser ??= new KonjunktivRecogniser());
}
