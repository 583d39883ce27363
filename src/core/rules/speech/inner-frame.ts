import { decided, makeSpeech, type SpeechContext, type SpeechOutcome, type SpeechRule } from './context';
import { FRAME } from './signals';

const id = 'speech/inner-frame';

/** „… hat nach Polizeiangaben …“: a source frame inside the sentence makes all of it the content. */
export const innerFrame: SpeechRule = {
  id,
  description: 'A source frame inside the sentence („… hat nach Polizeiangaben …“) makes the whole sentence its content.',
  confidence: 0.7,
  triggers: FRAME,
  match(ctx: SpeechContext): SpeechOutcome | null {
    const { framed, end } = ctx;
    return framed ? decided(makeSpeech(ctx, framed.a, end, 'indirect', framed.attribution, 0.7, id)) : null;
  },
};
