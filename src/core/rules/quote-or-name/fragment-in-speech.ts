// Words in quotation marks inside indirect or reported speech are the speaker's own words quoted
// in part: „Der Plan sehe „strenge“ und „milde“ Schritte vor.“ They are direct quotes
// with the speech's speaker and cue, unless a guard finds a title or a name („die Zeitung „Die Zeit““).
import type { GuardRule } from '../../engine/rule';
import type { Lexicon } from '../../lexicon';
import type { QuoteSpan } from '../../marks';
import { isCapitalized, type Token } from '../../tokens';
import { isForeign } from './foreign-words';
import { inList } from './list-of-titles';
import { isTranslation } from './translation-in-brackets';
import { titledBefore } from './named-before';
import { nicknamed } from './nickname-marker';
import { isAddress } from './web-address';

export const FRAGMENT_IN_SPEECH = 'quote-or-name/fragment-in-speech';
export const FRAGMENT_IN_SPEECH_DESCRIPTION = 'Quoted words inside reported speech are the speaker\'s own words, unless they look like a name.';

export interface Fragment {
  text: string;
  t: Token[];
  m: QuoteSpan;
  qa: number;
  qb: number;
  lex: Lexicon;
}

const guard = (id: string, description: string, rejects: (f: Fragment) => boolean): GuardRule<Fragment> => ({ id: `quote-or-name/fragment-not/${id}`, description, rejects });

export const FRAGMENT_GUARDS: readonly GuardRule<Fragment>[] = [
  guard('nickname', 'A marker of names before it („sogenannte „…““).', (f) => nicknamed(f.t, f.qa, f.lex)),
  // After a title noun it is a name („des Magazins „auto, motor und sport““), unless it opens
  // with an article as a phrase does („sieht in der Regel „keine Hürde““).
  guard('title-noun', 'A title noun before it („des Magazins „…““), unless an indefinite article opens it.', ({ t, qa, lex }) => {
    const prev = t[qa - 1];
    return prev?.kind === 'word' && lex.isTitleNoun(prev.lower) && !/^(ein|eine|einen|einem|einer|kein|keine|keinen|keinem|keiner)$/.test(t[qa + 1]?.lower ?? '');
  }),
  guard('genannt', '„…“ genannt: a name given.', ({ t, qb }) => t[qb + 1]?.lower === 'genannt'),
  // „Die „Initiative für saubere Flüsse“ meldete …“: the quoted name is the source.
  guard('quoted-source', 'An article before and a verb of saying after it: the quote names the source.', ({ t, qa, qb, lex }) => {
    const prev = t[qa - 1], next = t[qb + 1];
    return isCapitalized(t[qa + 1]) && !!prev && /^(der|die|das)$/.test(prev.lower) && next?.kind === 'word' && !isCapitalized(next) && lex.verb(next.lower).length > 0;
  }),
  guard('web-address', 'A web address.', ({ text, m }) => isAddress(text.slice(m.start + 1, m.end - 1).trim())),
  guard('named-before', 'A name or title announced before it.', ({ t, qa }) => titledBefore(t, 0, qa)),
  guard('list-of-titles', 'One of three or more quoted items in a list.', ({ t, qa, qb }) => inList(t, qa, qb)),
  guard('no-word', 'No word right after the opening mark.', ({ t, qa }) => !t[qa + 1] || t[qa + 1].kind !== 'word'),
  guard('foreign-words', 'Words in another language: a title, name or term quoted in the original.', ({ t, qa, qb }) => isForeign(t.slice(qa + 1, qb).filter((x) => x.kind === 'word'))),
  guard('translation-in-brackets', 'A quote in brackets after a term: its translation.', ({ t, qa, qb }) => isTranslation(t, qa, qb)),
  // Capitalised quoted words there are mostly names and titles („Passat“, „Financial Times“); the
  // speaker's own words open in lower case („repressiven“), or read as common nouns: a phrase with
  // a function word („Opfer des Terrorismus“) or a long inflected plural („Panikverkäufen“).
  guard('capitalised-name', 'Capitalised words that read as a name, not as a phrase or a long inflected noun.', ({ t, qa, qb }) => {
    const first = t[qa + 1];
    if (!isCapitalized(first)) return false;
    const inner = t.slice(qa + 1, qb).filter((x) => x.kind === 'word');
    const phrase = inner.length >= 3 && inner.some((x) => /^(des|der|dem|den|mit|von|für|gegen|gegenüber|ohne|unter|über)$/.test(x.text));
    const plural = inner.length === 1 && first.text.length >= 9 && /(en|ungen)$/.test(first.text) && !/[A-Z]{2}/.test(first.text);
    return !phrase && !plural;
  }),
];
