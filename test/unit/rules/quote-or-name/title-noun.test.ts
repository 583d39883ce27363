import { titleNoun } from '../../../../src/core/rules/quote-or-name/title-noun';
import { ruleTester } from '../tester';

ruleTester(titleNoun).run({
  valid: [
    'Die Lotsin sagte „Halt“.',
    // Several words in lower case after „Plan“ are a verdict on the plan, not its name.
    'Die Opposition nannte den Plan „völlig verfehlt“.',
    'Die Opposition nannte den Plan „unausgegoren“.',
  ],
  invalid: [
    { text: 'Die Zeitung „Hafenpost“ erscheint täglich.', expect: { weight: -4 } },
    { text: 'Der Plan „Hafen 2030“ liegt vor.', expect: { weight: -4 } },
    // Products and places named after their kind.
    { text: 'Der Arzt verschrieb das Medikament „Seemannsruh“.', expect: { weight: -4 } },
    { text: 'Gefeiert wurde im Restaurant „Zum Anker“.', expect: { weight: -4 } },
    // A motto or a term is a wording whatever its case.
    { text: 'Sie zogen unter dem Motto „laut und bunt“ durch die Stadt.', expect: { weight: -4 } },
  ],
});
