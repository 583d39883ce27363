import { openingFrame } from '../../../../src/core/rules/speech/opening-frame';
import { ruleTester } from '../tester';

ruleTester(openingFrame).run({
  valid: [
    'Der Kai ist laut der Hafenbehörde zu kurz.',
    'Die Lotsin sagte, der Kai sei zu kurz.',
    // A frame interposed after the source speaks for the sentence: Roth reports what the source says.
    'Laut der Hafenbehörde, sagt Roth, seien die Kräne zu alt.',
    'Nach Angaben der Reederei, so die Lotsin, seien drei Fähren beschädigt.',
  ],
  invalid: [
    { text: 'Laut der Hafenbehörde ist der Kai zu kurz.', expect: { type: 'indirect', content: 'ist der Kai zu kurz', cue: 'Laut', speaker: 'der Hafenbehörde' } },
    // After a colon the frame opens the clause there: the words before the colon are the author's.
    { text: 'Die Gilde sucht einen Lotsen: Laut der Hafenpost ist man sich mit Roth einig.', expect: { content: 'ist man sich mit Roth einig', speaker: 'der Hafenpost' } },
    { text: 'Nach Angaben der Lotsen ist die Fahrrinne versandet.', expect: { content: 'ist die Fahrrinne versandet', cue: 'Nach Angaben' } },
    // The whole field before the finite verb is the source's: whose the role is, an apposition, a
    // relative clause on it; a day dates the statement.
    { text: 'Laut dem Chef von Nordkurs, Jan Roth, ist der Kai zu kurz.', expect: { content: 'ist der Kai zu kurz', speaker: 'dem Chef von Nordkurs, Jan Roth' } },
    { text: 'Nach Angaben des Kapitäns der Fähre, Ole Brink, ist die Fahrrinne versandet.', expect: { content: 'ist die Fahrrinne versandet', speaker: 'Angaben des Kapitäns der Fähre, Ole Brink' } },
    { text: 'Nach Angaben von Ole Brink, dem Kapitän der Fähre, ist die Fahrrinne versandet.', expect: { content: 'ist die Fahrrinne versandet', speaker: 'Angaben von Ole Brink' } },
    { text: 'Laut der Wasserschutzpolizei, die am Montag tauchte, ist der Kai unterspült.', expect: { content: 'ist der Kai unterspült', speaker: 'der Wasserschutzpolizei' } },
    { text: 'Nach Polizeiangaben vom Mittwoch ist der Kai unterspült.', expect: { content: 'ist der Kai unterspült', speaker: 'Polizeiangaben' } },
  ],
});
