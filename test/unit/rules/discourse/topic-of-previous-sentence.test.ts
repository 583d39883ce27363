import { topicOfPreviousSentence } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(topicOfPreviousSentence).run({
  valid: [
    'Die Lotsin sagte, der Kai sei zu kurz.',
    // A sentence before that itself reports talks of its topic: it gives no source (the words stay
    // without one, speech/frameless).
    'Unter den Verletzten soll auch der Hafenmeister sein. Dessen Frau soll eine der Lotsinnen an Bord gewesen sein.',
    // A pronoun for the speaker before goes on in that speech (continues-previous-speaker).
    'Der Hafenrat Jan Ohm sagte, der Kai sei zu kurz. Er betonte das mehrfach. Der Neubau koste viel Geld.',
    // The subject of a copula after an opening adverb does not act: „die … geforderte Sperrung“ says nothing.
    'Ein Kai sei nicht geplant, so das Hafenamt. Daher ist die von der Reederei geforderte Sperrung kein Thema. In dieser Form werde der Hafen leiden.',
    // A person by name who neither speaks nor holds a stance does not take over.
    'Eva Roth sagte, der Kai sei marode. Jan Ohm ging nach Hause. Der Kai halte noch Jahre.',
  ],
  invalid: [
    // A pronoun for someone new who says or thinks something takes over from the body before.
    { text: 'Die Gewerkschaft der Lotsen beharrt auf ihrer Forderung. Die Reederin Anna Voss glaubt nicht an einen Streik. Sie sieht darin vor allem Taktik. Die Umfrage werde gezielt gestellt.', expect: { content: 'Die Umfrage werde gezielt gestellt', speaker: 'Anna Voss' } },
    { text: 'Die Hafenbehörde prüfte die Schleuse. Sie sei marode.', expect: { content: 'Sie sei marode', speaker: 'Hafenbehörde' } },
    // A comparison in the opening phrase is not the subject; a party is a body.
    { text: 'Ein Kai sei nicht geplant, so das Hafenamt. Mit schärferen Worten als der Hafenmeister kritisiert der Kieler Umweltverband den Kai. In dieser Form werde der Hafen leiden.', expect: { content: 'In dieser Form werde der Hafen leiden', speaker: 'Kieler Umweltverband' } },
    // A dative or genitive first (a feminine noun after „dieser“): the subject follows the verb.
    { text: 'Ein Kai sei nicht geplant, so das Hafenamt. Dieser Planung stimmt die Reederei nicht zu. In dieser Form werde der Hafen leiden.', expect: { content: 'In dieser Form werde der Hafen leiden', speaker: 'Reederei' } },
    // After an opening adverb the subject follows the verb; a bare noun of saying after a role is its object.
    { text: 'Ein Kai sei nicht geplant, so das Hafenamt. Danach hat die Ministerin Klage eingereicht. In dieser Form werde der Hafen leiden.', expect: { content: 'In dieser Form werde der Hafen leiden', speaker: 'Ministerin' } },
    { text: 'Ein Kai sei nicht geplant, so das Hafenamt. Die Kieler Grünen kritisieren den Kai. In dieser Form werde der Hafen leiden.', expect: { content: 'In dieser Form werde der Hafen leiden', speaker: 'Kieler Grünen' } },
    // A person by given name who shows or keeps a stance takes over from the speaker before.
    { text: 'Eva Roth sagte, der Kai sei marode. Jan Ohm zeigte sich gelassen. Der Kai halte noch Jahre.', expect: { content: 'Der Kai halte noch Jahre', speaker: 'Jan Ohm' } },
    { text: 'Eva Roth sagte, der Kai sei marode. Jan Ohm blieb skeptisch. Die Kosten seien zu hoch.', expect: { content: 'Die Kosten seien zu hoch', speaker: 'Jan Ohm' } },
  ],
});
