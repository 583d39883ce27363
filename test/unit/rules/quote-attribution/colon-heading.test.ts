import { colonHeading } from '../../../../src/core/rules/quote-attribution/colon-heading';
import { ruleTester } from '../tester';

ruleTester(colonHeading).run({
  valid: [
    'Im Hafen: „Wir bleiben.“',
    'Im Hafen, am Kai: „Wir bleiben.“',
    'Die Lotsin der großen Fähre aus dem fernen Norden: „Wir bleiben.“',
    // A verb after the first phrase makes a clause: the phrase may be its object.
    'Scharfe Kritik übte der Hafenmeister: „Der Kai reicht nicht.“',
    'Lob kam vom Hafenmeister: „Der Kai reicht.“',
    'Zufrieden war auch die Reederei: „Der Kai reicht.“',
    // A subject with its verb: the verb is the cue (colon-subject).
    'Die Lotsin brüllte: „Alle Mann an Deck!“',
    'Der Kapitän seufzte leise: „Das wird teuer.“',
    'Der Lotse ist sich sicher: „Wir bleiben.“',
  ],
  invalid: [
    // A name with its age in brackets and its role after the comma is one heading.
    { text: 'Jan Ohm (54), Hafenmeister: „Der Kai ist marode.“', expect: { cue: ':', speaker: 'Jan Ohm (54), Hafenmeister' } },
    { text: 'Brandt: „Wir bleiben.“', expect: { cue: ':', speaker: 'Brandt' } },
    { text: 'Lotsin Ida Brandt: „Wir bleiben.“', expect: { cue: ':', speaker: 'Lotsin Ida Brandt' } },
    // A place, time or adverb after the name keeps it a heading.
    { text: 'Brandt im Interview: „Wir bleiben.“', expect: { cue: ':', speaker: 'Brandt' } },
    { text: 'Hafenmeister Ohm dagegen: „Wir bleiben.“', expect: { cue: ':', speaker: 'Hafenmeister Ohm' } },
    // A pointer before the phrase: „Dazu die Lotsin: „…““.
    { text: 'Dazu die Lotsin: „Wir bleiben.“', expect: { cue: ':', speaker: 'die Lotsin' } },
    // „So“ points at the source like a frame, and is the cue.
    { text: 'So der Hafenmeister: „Das reicht nicht.“', expect: { cue: 'So', speaker: 'der Hafenmeister' } },
    // A name with its role in commas.
    { text: 'Ohm, der Hafenmeister: „Wir bleiben.“', expect: { cue: ':', speaker: 'Ohm, der Hafenmeister' } },
    // Headline parts joined by dashes: the name after the last dash speaks.
    { text: 'Sturm über dem Hafen – Lotsin Brandt: „Wir bleiben“ – Fähren fallen aus.', expect: { cue: ':', speaker: 'Lotsin Brandt' } },
  ],
});
