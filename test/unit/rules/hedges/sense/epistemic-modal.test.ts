import { ruleTester } from '../../tester';

ruleTester('hedges/sense/epistemic-modal').run({
  valid: [
    'Das kann ein Fehler sein.',
    'Der Kai müsste längst fertig sein.',
    'Die Lotsin sagt, dass der Kai zu kurz sein kann, ohne es zu beweisen.',
  ],
  invalid: [
    { text: 'Die Lotsin kann schwimmen.', expect: { at: 'kann' } },
    { text: 'Von Eile kann keine Rede sein.', expect: { at: 'kann' } },
    // An infinitive clause after the comma („, ohne … zu sein“) is not the modal's verb group.
    { text: 'Wichtig ist, dass man sich ein Bild vom Kai machen kann, ohne gedrängt zu sein.', expect: { at: 'kann' } },
    // What a demand says must be is a duty, quoted words in the clause or not.
    { text: 'Die Lotsin mahnte an, dass die Regeln am Kai „eindeutig“ sein müssten.', expect: { at: 'müssten' } },
  ],
});
