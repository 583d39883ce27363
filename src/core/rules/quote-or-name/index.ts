// Whether a quoted string is speech or a name, title or scare quote: every rule weighs its
// evidence in log-odds, and the sum decides (above 0: speech). The weights were set by hand from
// German grammar and news style; the prior is negative because most quoted strings in news are not speech.
// (Pruned by the per-rule ablation, `npm run eval -- --rules`: „a finite verb in four words“, „a
// lower-case first word“ and „object of a naming verb“ lost on the check split and on dev together;
// the verdict rules judged-als and judged-object and the frames carry what they were meant to.)
import { family } from '../../engine/rule';
import { afterColon } from './after-colon';
import { afterWieOrAls } from './after-wie-or-als';
import { articleOpensSentence } from './article-opens-sentence';
import { colonHeading } from './colon-heading';
import { colonVerbBefore } from './colon-verb-before';
import type { QuoteOrNameRule } from './context';
import { endsLikeASentence } from './ends-like-a-sentence';
import { finiteVerb } from './finite-verb';
import { firstPerson } from './first-person';
import { frameAfter } from './frame-after';
import { genannt } from './genannt';
import { governedByVerb } from './governed-by-verb';
import { judgedAls } from './judged-als';
import { judgedObject } from './judged-object';
import { listOfTitles } from './list-of-titles';
import { long } from './long';
import { lowerCasePassage } from './lower-case-passage';
import { nameAfterArticle, nameLike } from './name-like';
import { namedBefore } from './named-before';
import { nicknameMarker } from './nickname-marker';
import { prior } from './prior';
import { quotedSource } from './quoted-source';
import { selfNaming } from './self-naming';
import { singleWord } from './single-word';
import { slogan } from './slogan';
import { speechInSentence } from './speech-in-sentence';
import { spokenOf } from './spoken-of';
import { titleNoun, wordingSubject } from './title-noun';
import { webAddress } from './web-address';
import { foreignWords } from './foreign-words';
import { knownAs } from './known-as';
import { mentionedWord } from './mentioned-word';
import { legalForm } from './legal-form';
import { namingHead } from './naming-head';
import { translationInBrackets } from './translation-in-brackets';

export { quoteEvidence, type QuoteEvidence, type QuoteOrNameRule } from './context';
export { FRAGMENT_GUARDS, FRAGMENT_IN_SPEECH, FRAGMENT_IN_SPEECH_DESCRIPTION, type Fragment } from './fragment-in-speech';

/** The detection a direct quote's `why` names: the weighed evidence summed above 0. */
export const WEIGHED_SPEECH = 'quote-or-name/weighed-speech';

export const QUOTE_OR_NAME = family<QuoteOrNameRule>('quote-or-name', 'Whether a quoted string is speech or a name, title or scare quote', [
  prior, endsLikeASentence, frameAfter, colonVerbBefore, colonHeading, afterColon, firstPerson, finiteVerb, long, lowerCasePassage,
  speechInSentence, governedByVerb, judgedAls, judgedObject, spokenOf, slogan,
  titleNoun, wordingSubject, namedBefore, articleOpensSentence, selfNaming, listOfTitles, nicknameMarker, afterWieOrAls, genannt,
  nameLike, quotedSource, nameAfterArticle, webAddress, singleWord,
  foreignWords, translationInBrackets, legalForm, namingHead, knownAs, mentionedWord,
]);
