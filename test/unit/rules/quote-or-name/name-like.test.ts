import { nameLike } from '../../../../src/core/rules/quote-or-name/name-like';
import { ruleTester } from '../tester';

ruleTester(nameLike).run({
  valid: [
    '„Wir bleiben hier“, sagte sie.',
    // Words that open the sentence before „, sagte …“ are said; their capital opens the sentence.
    '„Ein Gewinn für den Hafen“, so kommentierte die Lotsin den Plan.',
    '„Ein Gewinn für den Hafen“ – so kommentierte die Lotsin den Plan.',
    'Sturm am Kai – Brandt: „Schwarzer Tag für den Hafen“ – Fähren fallen aus.',
  ],
  invalid: [
    // A verb of naming after the comma gives a name.
    { text: '„Kapitän Blaubart“, wie die Crew ihn nannte, ging von Bord.', expect: { weight: -2.5 } },
    { text: 'Sie fährt mit der „Neuen Rundschau“.', expect: { weight: -2.5 } },
  ],
});
