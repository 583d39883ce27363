import { relativeFrame } from '../../../../src/core/rules/speech/relative-frame';
import { ruleTester } from '../tester';

ruleTester(relativeFrame).run({
  valid: [
    'Die Lotsen fingen den Wal, wonach er freigelassen werden sollte.',
    'Nach dem Sturm ist der Kai zu kurz.',
  ],
  invalid: [
    { text: 'Die Lotsen verwiesen auf Messungen, wonach der Kai zu kurz sei.', expect: { content: 'der Kai zu kurz sei', cue: 'wonach', speaker: 'wonach' } },
    { text: 'Im Hafen kursieren Gerüchte, nach denen die Werft verkauft wird.', expect: { content: 'die Werft verkauft wird', cue: 'nach denen', speaker: 'denen' } },
    { text: 'Die Reeder wollten einen Antrag einbringen, nach welchem die Gebühr sinken solle.', expect: { content: 'die Gebühr sinken solle', cue: 'nach welchem' } },
    // The document may stand before its genitive: the whole phrase counts.
    { text: 'Ein Bericht der Hafenpost, wonach der Kai zu kurz ist, wurde dementiert.', expect: { content: 'der Kai zu kurz ist', cue: 'wonach', speaker: 'wonach' } },
  ],
});
