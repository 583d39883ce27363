import { ruleTester } from '../../tester';

ruleTester('hedges/sense/meinen-denotes').run({
  valid: [
    // An opinion takes a clause.
    'Beobachter meinen, die Reederei stehe vor dem Aus.',
    'Viele meinen, dass der Kai zu kurz ist.',
    // The phrase right after the verb may be its subject.
    'Dazu meinte der Hafenmeister nur: Das geht nicht.',
  ],
  invalid: [
    { text: 'Ein Liegeplatz meint jeweils eine Stelle am Kai.', expect: { at: 'meint' } },
    { text: 'Am Ende meint er einen Streit um Geld.', expect: { at: 'meint' } },
  ],
});
