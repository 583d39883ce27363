import { pointerAfter } from '../../../../src/core/rules/quote-attribution/pointer-after';
import { ruleTester } from '../tester';

ruleTester(pointerAfter).run({
  valid: [
    // The next sentence must point back, and the quote must be a sentence of its own.
    '„Wir bleiben hier.“ Die Lotsin sagte am Montag nichts.',
    'Die Fähre heißt „Möwe“. Das sagte die Lotsin.',
  ],
  invalid: [
    // After a colon, and in a sentence of its own that opens with a dash.
    { text: '„Der Kai ist marode“: Mit diesen Worten eröffnete Jan Ohm die Sitzung.', expect: { cue: 'Mit diesen Worten', speaker: 'Jan Ohm' } },
    { text: '„Wir bleiben hier.“ – mit diesen Worten verabschiedete sich Jan Ohm.', expect: { cue: 'mit diesen Worten', speaker: 'Jan Ohm' } },
    { text: '„Wir bleiben hier.“ Das sagte die Lotsin Ida Brandt am Montag.', expect: { cue: 'sagte', speaker: 'die Lotsin Ida Brandt' } },
    { text: '„Der Kai ist zu kurz.“ So äußerte sich der Hafenmeister.', expect: { cue: 'äußerte', speaker: 'der Hafenmeister' } },
    { text: '„Der Kai ist zu kurz.“ Mit diesen Worten wandte sich die Ministerin an die Presse.', expect: { cue: 'Mit diesen Worten', speaker: 'die Ministerin' } },
    // In the same sentence, after a dash.
    { text: '„Wir bleiben hier“ – mit diesen Worten verabschiedete sich die Kapitänin.', expect: { cue: 'mit diesen Worten', speaker: 'die Kapitänin' } },
  ],
});
