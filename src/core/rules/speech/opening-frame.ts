import { decided, makeSpeech, type SpeechContext, type SpeechOutcome, type SpeechRule } from './context';
import { FRAME } from './signals';

const id = 'speech/opening-frame';

/**
 * „Nach Angaben der Polizei …“, „Laut X …“, „X zufolge …“ at the start of the sentence governs the
 * whole sentence, even when its content has verbs of saying of its own.
 */
export const openingFrame: SpeechRule = {
  id,
  description: 'A source frame opening the sentence („Laut X …“) makes the rest of the sentence its content.',
  confidence: 0.75,
  triggers: FRAME,
  match(ctx: SpeechContext): SpeechOutcome | null {
    const { framed, end } = ctx;
    return framed && framed.start ? decided(makeSpeech(ctx, framed.a, end, 'indirect', framed.attribution, 0.75, id)) : null;
  },
};
