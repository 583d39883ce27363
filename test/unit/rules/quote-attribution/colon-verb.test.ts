import { colonVerb } from '../../../../src/core/rules/quote-attribution/colon-verb';
import { ruleTester } from '../tester';

ruleTester(colonVerb).run({
  valid: [
    'Hafenpolitik: „Wir bleiben.“',
    '„Wir bleiben“, sagte die Lotsin.',
  ],
  invalid: [
    // An extended attribute may hold an object: „die den Sturm überlebende Lotsin“ is one phrase.
    { text: 'Die den Sturm überlebende Lotsin Eva Roth, 41, schilderte am Kai jene Nacht: „Das Boot lag schief.“', expect: { speaker: 'Die den Sturm überlebende Lotsin Eva Roth', cue: 'schilderte' } },
    { text: 'Die Lotsin sagte am Montag: „Wir bleiben.“', expect: { cue: 'sagte', speaker: 'Die Lotsin' } },
    { text: 'Am Abend erklärte der Hafenmeister: „Der Kai ist sicher.“', expect: { cue: 'erklärte', speaker: 'der Hafenmeister' } },
    // An adverb opening the sentence is no subject, capital letter and all.
    { text: 'Anders sieht es der Hafenmeister: „Der Kai ist sicher.“', expect: { cue: 'sieht', speaker: 'der Hafenmeister' } },
    { text: 'Genauso sieht es die Lotsin: „Der Kai ist sicher.“', expect: { cue: 'sieht', speaker: 'die Lotsin' } },
    // A participle between an article and two adjectives is an adjective, no verb of the frame.
    // An adjective used as an adverb opening the sentence is no subject, capital letter and all.
    { text: 'Scharf kritisierte die Lotsin den Plan: „Das ist Unsinn.“', expect: { cue: 'kritisierte', speaker: 'die Lotsin' } },
    // Verbs of the manner of saying, also with their particle joined at the end of a clause.
    { text: 'Es wurde laut, als der Lotse dem Kapitän zurief: „Halt sofort an!“', expect: { cue: 'zurief', speaker: 'der Lotse' } },
    { text: 'Am Ende murmelte der Kapitän: „Das wird teuer.“', expect: { cue: 'murmelte', speaker: 'der Kapitän' } },
    { text: 'Die Lotsin äußerte sich über den vereinbarten gerichtlichen Vergleich: „Ich bin froh.“', expect: { cue: 'äußerte', speaker: 'Die Lotsin' } },
  ],
});
