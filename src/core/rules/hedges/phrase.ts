import type { Token } from '../../tokens';
import { HEISST_SOURCE } from '../../attribution';
import { antecedentEnd, heisstEsObliges, prepositionalRelative } from '../../grammar/clauses';
import { PREPOSITIONS } from '../../grammar/words';
import { isCapitalWord, NEGATION } from './clause';
import { found, type Found, type HedgeContext, type HedgeRule } from './context';

const id = 'hedges/phrase';

/** Multi-word cues first: they are more specific than any of their words („allem Anschein nach“, „noch nicht bestätigt“, „heißt es“). */
export const phrase: HedgeRule = {
  id,
  description: 'A multi-word hedge of the lexicon („allem Anschein nach“, „nicht ausgeschlossen“, „hieß es“).',
  appliesTo: (_w, entry) => !!entry?.phrases,
  match({ toks, i, lex }: HedgeContext): Found | null {
    const p = lex.lookup(toks[i].lower)?.phrases?.find((x) => x.words.every((pw, k) => toks[i + k]?.lower === pw));
    if (!p || namedDocument(toks, i, p.words) || meansSomething(toks, i, p.words)) return null;
    // („Nun heißt es warten“ says what one must do; it passes on no hearsay.)
    if (/^(heißt|hieß)$/.test(p.words[0]) && p.words[1] === 'es' && heisstEsObliges(toks, i + 2, toks.length)) return null;
    if (p.words[0] === 'wer' && whoeverKnows(toks, i)) return null;
    if (comparedWithAls(toks, i, p.words)) return null;
    // A comma that only tells the reading apart („ich nehme an, …“ from „nehme an der Sitzung teil“) is no part of the cue.
    let last = i + p.words.length - 1;
    while (last > i && toks[last].kind === 'punct') last--;
    return found(toks, i, last, p.kind, id);
  },
};

/**
 * „…, für die niedrigere Löhne gelten als im Konzern“, „gelten andere Regeln als bei der Fähre“:
 * „gelten“ = apply, and „als“ compares the phrase after it, led by a preposition, with a comparative
 * before it. A reputation is „gilt als“ + a phrase („gilt als sicher“, „gilt als einer der besten“).
 */
function comparedWithAls(toks: Token[], i: number, words: string[]): boolean {
  if (!/^(gilt|galt|gelten|galten|gelte|gälte|gälten)$/.test(words[0]) || words[1] !== 'als') return false;
  // (Both: „Die größere Fähre gilt als sicherer“ and „Der Kai gilt als in die Jahre gekommen“ are reputations.)
  if (!PREPOSITIONS.has(toks[i + 2]?.lower ?? '') || isCapitalWord(toks[i + 2])) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4) && toks[k].kind === 'word'; k--) if (isComparison(toks[k])) return true;
  return false;
}

/**
 * „Wer weiß, wo der Schlüssel liegt, soll sich melden“: a „wer“ opening the sentence whose clause
 * is the subject of a main clause after it means „whoever knows“; only a rhetorical „wer weiß“
 * doubts („…, aber wer weiß, wie lange“, „Wer weiß, ob das hält?“).
 */
function whoeverKnows(toks: Token[], i: number): boolean {
  if (i > 0 || toks[toks.length - 1]?.text === '?') return false;
  return toks.slice(i + 4).some((t) => t.text === ',');
}

/**
 * „hieß es in dem Brief“, „Im Protokoll heißt es“, „Aus dem Ministerium hieß es“: „es heißt“ with
 * a named document or body is attribution, not hearsay. („wie es aus Kreisen hieß“ names no one.)
 */
function namedDocument(toks: Token[], i: number, words: string[]): boolean {
  if (words[1] !== 'es' && words[0] !== 'es') return false;
  const after = toks[i + words.length];
  // „heißt es darin“, „dort heißt es“ point back at a document or body just named; „an einer
  // Stelle“ is a place in one.
  if (/^(darin|dort)$/.test(after?.lower ?? '') && after.kind === 'word') return true;
  if (after?.lower === 'an' && /^stellen?$/.test(toks[i + words.length + 2]?.lower ?? '')) return true;
  // The source after the phrase, past a time or „dazu“: „hieß es am Freitag aus der Botschaft“,
  // „hieß es dazu von der Polizei“, „heißt es im Rundschreiben“, „hieß es bei der Feuerwehr“.
  for (let k = i + words.length; k < Math.min(toks.length, i + words.length + 6); k++) {
    const t = toks[k];
    if (t.kind !== 'word') break;
    if (!HEISST_SOURCE.test(t.lower)) continue;
    if (/^(in|auf)$/.test(t.lower)) {
      // „in“ and „auf“ with one document or body: „in der 20-seitigen Klageschrift“, „in
      // Müllers Gutachten“, „auf Anfrage“. „in Bremen“ is a place and „in den Hauptstädten“ many;
      // a source may still follow („hieß es in Bremen aus dem Hafenamt“).
      const next = toks[k + 1];
      if (/^(der|dem|einem|einer|seinem|seiner|ihrem|ihrer|diesem|dieser|jenem|jener)$/.test(next?.lower ?? '')) {
        const noun = firstHead(toks.slice(k + 2, k + 8));
        return !noun || !VAGUE_PLACES.test(noun.lower);
      }
      if (isCapitalWord(next) && (/s$/.test(next.text) || /(an|nach)frage$/.test(next.lower))) return true;
      continue;
    }
    const noun = firstHead(toks.slice(k + 1, k + 5));
    return !!noun && !VAGUE_PLACES.test(noun.lower);
  }
  // A place of the words right before the phrase, in its clause: „In der Erklärung heißt es“.
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = toks[k];
    if (t.kind === 'punct') return false;
    if (t.lower === 'dort' || t.lower === 'darin') return true;
    if (!HEISST_SOURCE.test(t.lower)) continue;
    // („…, ein Bericht, in dem es heißt“, also past a verb's particle, „legte einen Bericht vor, in
    // dem es heißt“: the relative pronoun stands for the noun before the comma.)
    const relative = k === i - 2 && prepositionalRelative(toks, k) && toks[k - 1]?.text === ',' ? toks[antecedentEnd(toks, k - 1)] : undefined;
    const noun = firstHead(toks.slice(k + 1, i)) ?? (relative && relative.text !== relative.lower ? relative : undefined);
    return !!noun && !VAGUE_PLACES.test(noun.lower);
  }
  return false;
}

/**
 * The first capitalised noun, past a capitalised place adjective before it: in „aus Brüsseler
 * Diplomatenkreisen“ the place is „Diplomatenkreisen“.
 */
function firstHead(toks: Token[]): Token | undefined {
  const capital = (x: Token | undefined) => !!x && x.kind === 'word' && x.text !== x.lower;
  const k = toks.findIndex(capital);
  return k >= 0 && /er$/.test(toks[k].text) && capital(toks[k + 1]) ? toks[k + 1] : toks[k];
}

/** „Es heißt nicht, dass …“, „Es heißt zwar dasselbe“: „heißen“ as „to mean“, with its object right after it. */
function meansSomething(toks: Token[], i: number, words: string[]): boolean {
  // („Was heißt es, wenn …“ asks what something means.)
  if (words[1] === 'es' && toks[i - 1]?.lower === 'was') return true;
  return words[0] === 'es' && /^(nicht|nichts|zwar|das|dasselbe|etwas|soviel|viel|wenig)$/.test(toks[i + words.length]?.lower ?? '');
}

/** Places of words that name no one: „aus Kreisen“, „aus Regierungskreisen“, „aus dem Umfeld“, „in Medienberichten“, „im Vorfeld“. */
const VAGUE_PLACES = /(kreisen|quellen|umfeld|lager|berichten|meldungen)$|^(vorfeld|volksmund|land|lande)$/;

/** „andere“, „anders“ and lower-case comparatives („strengere“, „höheren“), which call for a comparative „als“. */
const isComparison = (t: Token): boolean => !isCapitalWord(t) && (/^(andere|anderen|anderer|anderes|anders)$/.test(t.lower) || (/\p{Ll}{3,}ere[nrsm]?$/u.test(t.lower) && !/^(unser|euer|eur)/.test(t.lower)));

/** A comparison in the subject of „gelten“ (before any preposition): not „gilt für viele andere Städte als Vorbild“, „gilt seit längerem als“. */
function comparisonInGap(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (PREPOSITIONS.has(toks[k].lower)) return false;
    if (isComparison(toks[k])) return true;
  }
  return false;
}

const GAP = 4;
const LONG_GAP = 9;

/**
 * Whether the phrase holds across a whole middle field: „galt bei den meisten Lotsen des Hafens
 * lange als sicher“, and „war/ist von …“ with what was spoken of („war zunächst von zwölf
 * gesunkenen Booten und drei Vermissten die Rede“).
 */
function wholeMiddleField(toks: Token[], i: number, words: string[]): boolean {
  if (/^(gilt|galt|gelten|galten|gelte|gälte|gälten)$/.test(words[0])) return true;
  return words[1] === 'die' && words[2] === 'rede' && toks.slice(i + 1, i + 4).some((x) => x.lower === 'von' || x.lower === 'vom');
}

/**
 * „gilt nach Ansicht von Fachleuten als“, „war zunächst die Rede“, „nicht offiziell bestätigt“: a
 * phrase of the lexicon with up to four words inserted after its first word (no punctuation).
 */
export const phraseWithGap: HedgeRule = {
  id: 'hedges/phrase-with-gap',
  description: 'A multi-word hedge with words inserted after its first word („gilt nach Ansicht von Fachleuten als“, „war zunächst die Rede“).',
  appliesTo: (_w, entry) => !!entry?.gapped,
  match({ toks, i, lex }: HedgeContext): Found | null {
    for (const p of lex.lookup(toks[i].lower)?.gapped ?? []) {
      const gap = wholeMiddleField(toks, i, p.words) ? LONG_GAP : GAP;
      for (let k = i + 2; k <= i + 1 + gap && k < toks.length; k++) {
        // (Numbers belong to the middle field: „war von 35 Toten die Rede“; punctuation ends it.)
        if (toks[k - 1].kind !== 'word' && toks[k - 1].kind !== 'number') break;
        if (!p.words.slice(1).every((w, n) => toks[k + n]?.lower === w)) continue;
        // (A negation in the gap denies the phrase: „kommt nicht in Frage“, „war nicht die Rede“.)
        if (toks.slice(i + 1, k).some((x) => NEGATION.test(x.lower))) return null;
        // (A comparison is no reputation: „gilt bei der Neuauflage umso mehr als …“, „gelten am Kai
        // andere Regeln als im Hafen“, „gelten strengere Regeln als …“: „gelten“ = apply.)
        if (gap === LONG_GAP && (/^(mehr|weniger|eher|lieber)$/.test(toks[k - 1]?.lower ?? '') || comparisonInGap(toks, i + 1, k))) return null;
        // (Nor a pair: „gilt sowohl für Fähren als auch für Schlepper“.)
        if (toks.slice(i + 1, k).some((x) => x.lower === 'sowohl')) return null;
        return found(toks, i, k + p.words.length - 2, p.kind, phraseWithGap.id);
      }
    }
    return null;
  },
};
