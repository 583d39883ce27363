// Closed word classes of German as sets, read once from the data (lexicons/words.de.json), and
// the few morphological patterns the rules test word forms with (endings are grammar, not data).
import words from '../lexicons/words.de.json';
import type { Lexicon } from '../lexicon';
import { isCapitalized, type Token } from '../tokens';

type WordLists = Omit<typeof words, '$comment'>;

/** The list of that name in words.de.json, as a set of lower-case words. */
export function wordSet(name: keyof WordLists): ReadonlySet<string> {
  return new Set(words[name]);
}

export const DETERMINERS = wordSet('determiners');
export const SUBJECT_PRONOUNS = wordSet('subjectPronouns');
/** Subject pronouns that stand for someone who can speak („er“, „wir“, „man“; not „es“). */
export const SPEAKING_PRONOUN = /^(er|sie|ich|wir|man)$/;
/** Indefinite pronouns that stand for people when they stand alone: „Viele glauben …“, „sagte jemand“. */
export const INDEFINITE_PERSON = /^(jemand|niemand|viele|einige|alle|manche|mehrere|beide|andere|wenige)$/;
export const PREPOSITIONS = wordSet('prepositions');
/** Lower-case parts of surnames: „Ursula von der Leyen“, „Karl-Theodor zu Guttenberg“, „Heike van Dam“. */
export const NAME_PARTICLES = wordSet('nameParticles');
/** An Arabic surname joined to its particle, written in lower case inside a name: „al-Hamdi“, „el-Fattah“. */
export const JOINED_PARTICLE_NAME = /^(al|el|ad|as|ar|at|az|an|asch|ibn|bin|abu|ould)-\p{Lu}/u;
export const ADVERBS = wordSet('adverbs');
export const CONJUNCTIONS = wordSet('conjunctions');
/** Object pronouns: „Ihm wird vorgeworfen …“ names no speaker. */
export const OBJECT_PRONOUNS = wordSet('objectPronouns');
/** Words that open no noun phrase. */
export const NOT_NP_START: ReadonlySet<string> = new Set([...ADVERBS, ...PREPOSITIONS, ...CONJUNCTIONS, ...OBJECT_PRONOUNS]);
/** Determiners that mark accusative or dative: such a phrase is rarely the subject. */
export const OBLIQUE = wordSet('obliqueDeterminers');
export const GENITIVE_ARTICLE = wordSet('genitiveArticles');
/** Articles that do not stand alone before a verb in news prose (unlike „das“ and „die“). */
export const ATTRIBUTIVE_ARTICLE = wordSet('attributiveArticles');
export const AUXILIARIES = wordSet('auxiliaries');
/** Function words and auxiliaries, which no finite verb of saying or manner is („sowie“, „wurde“, „gegen“). */
export const NOT_A_FULL_VERB: ReadonlySet<string> = new Set([...AUXILIARIES, ...CONJUNCTIONS, ...ADVERBS, ...PREPOSITIONS, ...DETERMINERS, ...SUBJECT_PRONOUNS, 'sowie']);

/** A lower-case form that looks like a finite full verb: four letters or more in -t, -te(n) or -en, and no function word („freute“, „gefährden“). */
export function looksFinite(lower: string): boolean {
  return lower.length >= 4 && /(t|te|ten|en)$/.test(lower) && !NOT_A_FULL_VERB.has(lower);
}

/** A full verb's finite form: by its ending („lachte“), or known to the lexicon where a strong past has none („gab“, „rief“). */
export function fullVerbForm(lex: Lexicon, lower: string): boolean {
  return looksFinite(lower) || (!NOT_A_FULL_VERB.has(lower) && lex.verb(lower).length > 0);
}

export const ARTICLE = /^(der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen)$/;
/** Past participles: „gefordert“, „vorgeworfen“, „mitgeteilt“, „bekanntgegeben“, „kritisiert“. */
export const PARTICIPLE = /^(ab|an|auf|aus|bei|dar|ein|fest|fort|frei|her|hervor|heraus|hin|hinzu|klar|mit|nach|vor|vorher|voraus|weg|zu|zurück|entgegen|bekannt)?ge\p{L}{2,}(t|en)$|iert$/u;
/** Words that deny the clause they stand in: „wurde nicht kommentiert“, „weder bestätigt noch dementiert“. */
export const DENIAL = /^(nicht|nie|niemals|kaum|weder|kein|keine|keinen|keiner|keinem)$/;
/** Separable particles that close a clause („legte … vor“); left at the end of a verb listed without one, they make another verb („sieht … aus“). */
export const SEPARABLE_PARTICLE = /^(aus|an|ab|vor|ein|nach|auf|fest|weg|zurück|hin|her|los|um|bei|statt|frei)$/;
/** Participles without „ge“ („erwartet“, „bestätigt“): in a clause with „werden“ they are passive. */
export const INSEPARABLE_PARTICIPLE = /^(be|er|ver|ent|zer|emp|miss)\p{Ll}{3,}t$/u;
/** A participle that makes a passive with „wurde“ („gefordert“, „bestätigt“, „kritisiert“). */
export function isPassiveParticiple(lower: string): boolean {
  return PARTICIPLE.test(lower) || INSEPARABLE_PARTICIPLE.test(lower);
}
/** „daraus“, „darin“, „hierzu“, „davon“: adverbs standing for a phrase, never a speaker. */
export const PRONOMINAL_ADVERB = /^(da|dar|hier|wo)(an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|um|unter|über|von|vor|zu|zwischen)$/;
/**
 * Participles describing a state („Besorgt“, „Enttäuscht“, „Unbeeindruckt“), capitalised at the
 * sentence start. Not nouns of the same shape, which open headlines as subjects: „Gericht weist
 * Klage ab“, „Gewerkschaft fordert …“, „Verdacht erhärtet sich“, „Verlust wächst“.
 */
export const STATE_PARTICIPLE = /^(?!(gericht|bericht|verdacht|gesicht|gewicht|gedicht|geschlecht|gefecht|gerücht|verzicht)$)(?!.*(schaft|lust|burt|biet|walt|stalt|halt|schäft)$)(be|ge|ver|er|ent|zer|über|unbe|unge)\p{Ll}{3,}t$/u;
/** Strong participles that open a sentence as an adjunct before a preposition: „Verglichen mit …“, „Abgesehen von …“, „Gemessen an …“. */
export const FRONTED_STRONG_PARTICIPLE = /^(verglichen|gemessen|abgesehen|bezogen|angesprochen|entnommen|verbunden|ausgenommen|angefangen|betroffen|getrieben|angetrieben|unterschrieben|gesehen)$/;
/** Capitalised only because they open the sentence: Relativierend, Gleichzeitig, Ebenfalls. */
export const ADVERBIAL_ENDING = /(end|lich|ig|isch|weise|mals|falls|dings|wärts|halb)$/;
/** Endings of abstract nouns and quantities, which name things rather than people. */
export const ABSTRACT = /(ung|heit|keit|ion|tät|nis|tum|ismus|schaft|ment|ik|ie|gang|druck|fall|zahl|summe|menge|höhe|kosten|schaden)$/;
/** A finite verb form that is singular (third person): „bezeichnete“, „sagt“, „hat“, „sei“. */
export const SINGULAR_FINITE = /^(?!sind$)(?!.*n$).*[a-zäöüß]$/;
/** Words that open an indirect question: „ob …“, „wer …“, „welche …“. */
export const QUESTION_WORD = /^(ob|wer|wen|wem|wessen|wie|was|wann|wo|woher|wohin|warum|weshalb|weswegen|wieso|welche|welcher|welches|welchen|welchem|inwieweit|inwiefern)$/;
export const RELATIVE_PRONOUN = /^(der|die|das|den|dem|denen|dessen|deren|welcher|welche|welches|welchen|welchem)$/;
/** Adverbs of degree that stand before a participle used as an adjective: „viel beachtet“, „weit verbreitet“. */
export const DEGREE_BEFORE_ADJECTIVE = /^(viel|weit|hoch|gut|wenig|schlecht|schwer|best|meist|eng)$/;
/** Degree words before an adjective: „sehr laut“, „so gering“, „ziemlich alte Fähre“. */
export const INTENSIFIER = /^(ganz|sehr|besonders|äußerst|so|zu|allzu|recht|ziemlich|überaus|extrem|relativ)$/;
/** An adjective's case endings: a lower-case word with one of them may stand inside a noun phrase. */
export const ADJECTIVE_ENDING = /(e|en|er|es|em)$/;
/** A lower-case word of four letters or more with an adjective's ending and no function word: „amtierende“, „ernsthaften“ (a verb may have the same shape). */
export function adjectiveShape(w: Token | undefined): boolean {
  return !!w && w.kind === 'word' && !isCapitalized(w) && w.lower.length >= 4 && ADJECTIVE_ENDING.test(w.lower) && !NOT_A_FULL_VERB.has(w.lower);
}
/** Abbreviated academic titles and „St.“ (Sankt), which stand inside a name: „Prof. Dr. Jan Roth“, „St. Pölten“. */
export const TITLE_ABBREVIATION = /^(dr|prof|ing|dipl|mag|med|jur|phil|rer|nat|pol|oec|lic|st)$/;
