import { zufolge } from '../../../../src/core/rules/source-frame/zufolge';
import { ruleTester } from '../tester';

ruleTester(zufolge).run({
  valid: [
    'Zufolge ist kein Wort für sich.',
  ],
  invalid: [
    { text: 'Dem Gutachten zufolge ist der Kai zu kurz.', expect: { cue: 'zufolge', speaker: 'Dem Gutachten' } },
    // A dative pronoun stands for someone named before.
    { text: 'Ihm zufolge ist der Kai zu kurz.', expect: { cue: 'zufolge', speaker: 'Ihm' } },
    { text: 'Der Kai ist Messungen der Lotsen zufolge zu kurz.', expect: { cue: 'zufolge', speaker: 'Messungen der Lotsen' } },
    // A date after „vom“ belongs to the document before it.
    { text: 'Gestiegen ist dem Bericht vom Donnerstag zufolge die Zahl der Lotsen.', expect: { cue: 'zufolge', speaker: 'dem Bericht vom Donnerstag' } },
    { text: 'Dem Gutachten vom 3. Mai zufolge ist der Kai zu kurz.', expect: { cue: 'zufolge', speaker: 'Dem Gutachten vom 3. Mai' } },
    // An article never stands before a possessive: the relative pronoun is no part of the source.
    { text: 'Die Werft verkauft einen Lack, der seiner Darstellung zufolge jeden Rost löst.', expect: { cue: 'zufolge', speaker: 'seiner Darstellung' } },
  ],
});
