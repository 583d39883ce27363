import { closingFrameGoverns } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(closingFrameGoverns).run({
  valid: [
    // No closing frame: the verb after the comma has no subject after it.
    'Die Lotsin sagte, der Kai sei zu kurz, erklärte aber nicht, warum.',
    // After a colon the colon guard decides.
    'Die Reederei widerspricht: Der Umsatz werde sinken, sagte ihr Sprecher.',
    // A verb of saying inside quotation marks is the quote's own.
    '„Wir fordern, dass der Kai wächst“, sagte die Lotsin.',
  ],
  invalid: [
    // Everything before the closing frame is its content, a verb of saying there included.
    { text: 'Die Lotsin warnt, dass der Kai bricht, sagte der Kapitän.', expect: { at: 'warnt' } },
    { text: 'Wir fordern, dass der Kai wächst, sagte die Lotsin am Montag.', expect: { at: 'fordern' } },
    { text: 'Man müsse verlangen, den Kai zu verlängern, erklärte die Reederei.', expect: { at: 'verlangen' } },
  ],
});
