// Speech without quotation marks in one sentence: the rules in the order they are tried. A source
// frame opening the sentence governs it whole; then relative frames; then „so X“, which names the
// speaker of the whole sentence even when a verb of saying stands inside it („Wir sehen das anders,
// so die Lotsin“); then the frames at each verb of saying; then „heißt es“, nouns of saying, a frame
// inside the sentence, „demnach“ after a named document, and last a Konjunktiv sentence with no
// frame of its own.
import { family } from '../../engine/rule';
import type { SpeechRule } from './context';
import { frameless } from './frameless';
import { heisstEs } from './heisst-es';
import { innerFrame } from './inner-frame';
import { openingFrame } from './opening-frame';
import { pointerAdverb } from './pointer-adverb';
import { pointingSentence } from './pointing-sentence';
import { relativeFrame } from './relative-frame';
import { soAfter } from './so-after';
import { speechNoun } from './speech-noun';
import { atVerbsOfSaying, VERB_FRAMES } from './verb-frames';
import { VERB_GUARDS } from './guards';

export { NO_SPEECH, type SpeechContext } from './context';
export { speechSignals } from './signals';
export { sentenceFrame } from './helpers';

export const SPEECH = family<SpeechRule>('speech', 'Indirect, reported and free indirect speech in a sentence', [
  openingFrame, relativeFrame, soAfter, atVerbsOfSaying, heisstEs, speechNoun, innerFrame, pointerAdverb, pointingSentence, frameless,
]);
export const SPEECH_AT_VERB = family('speech', 'Frames at a verb of saying', VERB_FRAMES);
export const SPEECH_GUARDS = family('speech/not-a-frame', 'Verbs of saying that frame nothing where they stand', VERB_GUARDS);
