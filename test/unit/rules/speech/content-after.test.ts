import { contentAfter } from '../../../../src/core/rules/speech/content-after';
import { ruleTester } from '../tester';

ruleTester(contentAfter).run({
  valid: [
    'Der Hafen verbietet, im Kai zu angeln.',
    'Die Lotsin wusste, dass der Kai zu kurz ist.',
    'Wenn die Lotsin kommt, fährt die Fähre.',
  ],
  invalid: [
    { text: 'Der Hafenrat beschloss, den Kai zu verlängern.', expect: { content: 'den Kai zu verlängern', cue: 'beschloss', speaker: 'Der Hafenrat' } },
    { text: 'Das Gericht hat entschieden, dass der Kai bleibt.', expect: { content: 'dass der Kai bleibt', cue: 'entschieden', speaker: 'Das Gericht' } },
    { text: 'Die Lotsin sagte, der Kai sei zu kurz.', expect: { content: 'der Kai sei zu kurz', cue: 'sagte', speaker: 'Die Lotsin' } },
    { text: 'Die Lotsin forderte, den Kai zu verlängern.', expect: { content: 'den Kai zu verlängern', cue: 'forderte' } },
    { text: 'Wie die Hafenpost berichtet, wird der Kai verlängert.', expect: { content: 'wird der Kai verlängert', cue: 'berichtet', speaker: 'die Hafenpost' } },
  ],
});
