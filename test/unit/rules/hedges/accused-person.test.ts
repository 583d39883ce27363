import { accusedPerson } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(accusedPerson).run({
  valid: [
    // The past tense names its accuser: attribution, no hedge.
    'Die Hafenbehörde beschuldigte die Reederei des Betrugs.',
    'Die Lotsen beschuldigten den Kapitän, zu schnell gefahren zu sein.',
    // A verb first in a question, followed by its subject.
    'Beschuldigte er damit den Hafenmeister?',
  ],
  invalid: [
    { text: 'Der Beschuldigte bestreitet die Vorwürfe.', expect: { cue: 'Beschuldigte', kind: 'belief' } },
    { text: 'Die Staatsanwaltschaft ermittelt gegen den Kapitän und vier weitere Beschuldigte.', expect: { cue: 'Beschuldigte', kind: 'belief' } },
    { text: 'Die Anwältin des beschuldigten Lotsen schwieg.', expect: { cue: 'beschuldigten', kind: 'belief' } },
    { text: 'Beschuldigte haben das Recht zu schweigen.', expect: { cue: 'Beschuldigte', kind: 'belief' } },
  ],
});
