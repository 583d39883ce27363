import { sentenceVerb } from '../../../../src/core/rules/quote-attribution/sentence-verb';
import { ruleTester } from '../tester';

ruleTester(sentenceVerb).run({
  valid: [
    'Der „Deal“ ist geplatzt.',
    'Es drohe „eine Sturmflut“.',
    // The relative clause's verb is no frame for a quote after it (the „laut“ frame speaks).
    'Laut Hafenamt war die Kundgebung, zu der ein Bündnis aufgerufen hatte, „weitgehend friedlich“.',
    // A main clause of its own after a comma ends the reach of the verb before it.
    'Die Lotsin nannte den Kai zu kurz, der Kapitän vermisste eine „klare Linie“.',
    // A „zu“ infinitive with „sein“ or „bleiben“ says what is to be said; nobody says it.
    'Der Plan ist umstritten, wobei zu betonen sei, dass der Kai noch nicht „fertig“ sei.',
    'Bleibt zu erwähnen, dass der Kai „marode“ ist.',
  ],
  invalid: [
    // An inverted subject ends before the quote it speaks: the quote is never part of its speaker.
    { text: 'Dann schrie der Lotse „Ich kann nicht bremsen“.', expect: { cue: 'schrie', speaker: 'der Lotse' } },
    // A source after „laut“ is a prepositional phrase, never the subject of the verb.
    { text: 'Laut Eva Roth hat Jan Ohm den Kai „eine Ruine“ genannt.', expect: { cue: 'genannt', speaker: 'Jan Ohm' } },
    // A verb of thinking inside what a verb of saying before it reports belongs to the report.
    { text: 'Roth sagte am Montag, der Hafen sei bedroht und die Reederei solle wissen, „dass wir den Kai retten werden“.', expect: { speaker: 'Roth', cue: 'sagte' } },
    // Without such a frame the verb of thinking stays.
    { text: 'Roth glaubte am Montag „fest an den Kai“.', expect: { speaker: 'Roth', cue: 'glaubte' } },
    // A verb after „und“ past the quote heads the next conjunct; the quote is the first verb's.
    { text: 'Die Lotsin bewertete den Umbau als „große Verbesserung für den Hafen“ und unterstrich, dass er nötig sei.', expect: { cue: 'bewertete', speaker: 'Die Lotsin' } },
    { text: 'Die Lotsin nannte den Kai am Montag „ein Nadelöhr“.', expect: { cue: 'nannte', speaker: 'Die Lotsin' } },
    { text: 'Der Plan sei „völlig überhastet“, betonte der Hafenmeister.', expect: { cue: 'betonte', speaker: 'der Hafenmeister' } },
    // A verb in a relative clause that the quote stands outside of speaks of someone else.
    { text: 'Die Lotsin kritisierte den Kapitän, der zum Streik aufgerufen haben soll, als „unbelehrbar“.', expect: { cue: 'kritisierte', speaker: 'Die Lotsin' } },
    // A separable verb whose particle follows a few quoted words in the same clause.
    { text: 'Der Bürgermeister kündigte eine „gründliche Prüfung“ an.', expect: { cue: 'kündigte eine „gründliche Prüfung“ an', speaker: 'Der Bürgermeister' } },
    // A verb whose subject opens the next main clause is not this quote's: the first verb speaks.
    { text: 'Die Lotsin nannte den Kai „ein Nadelöhr“, der Kapitän hob die „gute Lage“ hervor.', expect: { cue: 'nannte', speaker: 'Die Lotsin' } },
    { text: 'Die Reederin wies die Kritik als „haltlos“ zurück.', expect: { cue: 'wies die Kritik als „haltlos“ zurück', speaker: 'Die Reederin' } },
  ],
});
