import { ruleTester } from '../../tester';

ruleTester('hedges/sense/epistemic-modal').run({
  valid: [
    'Das kann ein Fehler sein.',
    'Der Kai müsste längst fertig sein.',
  ],
  invalid: [
    { text: 'Die Lotsin kann schwimmen.', expect: { at: 'kann' } },
    { text: 'Von Eile kann keine Rede sein.', expect: { at: 'kann' } },
    // What a demand says must be is a duty, quoted words in the clause or not.
    { text: 'Die Lotsin mahnte an, dass die Regeln am Kai „eindeutig“ sein müssten.', expect: { at: 'müssten' } },
  ],
});
