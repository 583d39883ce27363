import { judgedObject } from '../../../../src/core/rules/quote-or-name/judged-object';
import { ruleTester } from '../tester';

ruleTester(judgedObject).run({
  valid: [
    // Naming without an article gives a name; an article without a naming verb is no verdict.
    'Die Lotsin nannte ihr Boot „Möwe“.',
    'Die Reederei kaufte einen „Seefalken“.',
    // (A comma ends the clause of the naming verb.)
    'Die Lotsin nannte den Kai zu kurz, aber einen „Neubau“ lehnte sie ab.',
  ],
  invalid: [
    { text: 'Der Bürgermeister nannte den Plan einen „Schildbürgerstreich“.', expect: { weight: 2.5 } },
    { text: 'Die Lotsin bezeichnete den Umbau als eine „Farce“.', expect: { weight: 2.5 } },
    // A statement pointed at, or a matter, gets a verdict.
    { text: 'Der Hafenmeister nannte das „Unsinn“.', expect: { weight: 2.5 } },
    { text: 'Die Lotsin nannte die Entscheidung „Willkür“.', expect: { weight: 2.5 } },
  ],
});
