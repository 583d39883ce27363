import { verbAfter } from '../../../../src/core/rules/quote-attribution/verb-after';
import { ruleTester } from '../tester';

ruleTester(verbAfter).run({
  valid: [
    '„Wir bleiben“, so die Lotsin.',
    'Die Lotsin sagte: „Wir bleiben.“',
    // Without a comma only a verb of saying with its subject after it frames the quote.
    '„Der Hafen“ sagte ihm nichts.',
  ],
  invalid: [
    // After a name without an article, „der Hafenpost“ is the dative of whom it was told, no genitive.
    { text: '„Der Kai ist marode“, sagte Jan Ohm der Hafenpost.', expect: { cue: 'sagte', speaker: 'Jan Ohm' } },
    { text: '„Wir bleiben“, sagte die Lotsin.', expect: { cue: 'sagte', speaker: 'die Lotsin' } },
    { text: '„Wir bleiben“, erklärte sie.', expect: { cue: 'erklärte', speaker: 'sie' } },
    { text: '„Wir bleiben“ sagte der Hafenmeister.', expect: { cue: 'sagte', speaker: 'der Hafenmeister' } },
    { text: '„Der Hafen ist gerettet“, schrieb „Die Hafenpost“ am Montag.', expect: { cue: 'schrieb', speaker: '„Die Hafenpost“' } },
    { text: '„Wir melden uns“, teilte die Reederei mit.', expect: { cue: 'teilte die Reederei mit', speaker: 'die Reederei' } },
    // A name after a weekday is a phrase of its own, not part of the time.
    { text: '„Wir bleiben“, erklärte am Montag Lotsin Ida Brandt.', expect: { cue: 'erklärte', speaker: 'Lotsin Ida Brandt' } },
  ],
});
