import { colonOnePerson } from '../../../../src/core/rules/quote-attribution/colon-one-person';
import { ruleTester } from '../tester';

ruleTester(colonOnePerson).run({
  valid: [
    // No one in the clause, or two who might speak: the rule leaves it open.
    'Der Kai war zu kurz: „Wir bleiben.“',
    'Bei Jan Ohm und Eva Roth klingt das anders: „Wir bleiben.“',
    // Whom the words are addressed to or what they are about does not speak.
    'Im Gespräch mit der Hafenmeisterin ging es um den Kai: „Wir bleiben.“',
    'Über den Hafenmeister wurde viel geschrieben: „Wir bleiben.“',
  ],
  invalid: [
    { text: 'Bei Jan Ohm klingt das so: „Der Kai ist marode.“', expect: { speaker: 'Jan Ohm', cue: 'klingt' } },
    { text: 'Von der Hafenmeisterin kam die Antwort: „Der Kai ist marode.“', expect: { speaker: 'der Hafenmeisterin', cue: 'kam' } },
    { text: 'Von Jan Ohm stammt der Satz: „Der Kai ist marode.“', expect: { speaker: 'Jan Ohm', cue: 'stammt' } },
    // An addressee beside the person does not count against them.
    { text: 'Gegenüber der Hafenpost wurde Jan Ohm deutlicher: „Der Kai ist marode.“', expect: { speaker: 'Jan Ohm', cue: ':' } },
    { text: 'Für Jan Ohm ist das ein Skandal: „Der Kai ist marode.“', expect: { speaker: 'Jan Ohm' } },
  ],
});
