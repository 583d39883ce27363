import { fromPreviousSentence } from '../../../../src/core/rules/speech/from-previous-sentence';
import { ruleTester } from '../tester';

ruleTester(fromPreviousSentence).run({
  valid: [
    'Dies ist der Kai.',
    'Die Lotsin bestätigte das.',
    // After prose, „so“ opens no frame here.
    'Der Kai ist zu kurz. So sagte es die Lotsin.',
    // A denied passive reports nobody's words; „ist … gemeint“ is a state; a participle in a later clause is not the pointer's.
    'Der Kai ist zu kurz. Das wurde bisher weder bestätigt noch dementiert.',
    'Der Kai ist zu kurz. Das ist nicht böse gemeint.',
    'Der Kai ist zu kurz. Das ist lange her, bis heute wurden keine Pläne vorgelegt.',
  ],
  invalid: [
    { text: 'Der Kai ist zu kurz. Dies bestätigte die Lotsin Ida Brandt.', expect: { content: 'Der Kai ist zu kurz', cue: 'bestätigte', speaker: 'die Lotsin Ida Brandt' } },
    // „aus X hervorgehen“: the document X is the source.
    { text: 'Die Stadt will den Kai sperren. Das geht aus einer Antwort des Senats hervor.', expect: { content: 'Die Stadt will den Kai sperren', speaker: 'einer Antwort des Senats' } },
    // A time without a preposition may stand inside the document's extended attribute.
    { text: 'Die Stadt will den Kai sperren. Das geht aus einer Ende vergangener Woche vorgelegten Antwort des Senats hervor.', expect: { speaker: 'einer Ende vergangener Woche vorgelegten Antwort des Senats' } },
    // In the passive the agent is the source; without one the frame names nobody.
    { text: 'Der Kai ist zu kurz. Das wurde am Montag von der Hafenmeisterin bestätigt.', expect: { content: 'Der Kai ist zu kurz', cue: 'bestätigt', speaker: 'der Hafenmeisterin' } },
    { text: 'Die Werft baut einen Kai. Dies ist am Abend mitgeteilt worden.', expect: { content: 'Die Werft baut einen Kai', cue: 'mitgeteilt', speaker: null } },
    // An aside in dashes between the verb and its source and particle.
    { text: 'Der Kai ist zu kurz. Dies teilte – nach einer Prüfung im Mai – die Hafenmeisterin mit.', expect: { content: 'Der Kai ist zu kurz', speaker: 'die Hafenmeisterin' } },
    // A relative clause on the document before the particle.
    { text: 'Der Kai ist zu kurz. Das geht aus einem Gutachten, das im Mai erschien, hervor.', expect: { content: 'Der Kai ist zu kurz', speaker: 'einem Gutachten' } },
    // A sentence that frames the quote before it reports nothing of its own (pointer-after gives the quote its speaker).
    { text: '„Wir bleiben hier.“ Das sagte die Lotsin am Montag.', expect: { content: '(no speech)' } },
    { text: '„Wir bleiben hier.“ So äußerte sich die Lotsin am Montag.', expect: { content: '(no speech)' } },
  ],
});
