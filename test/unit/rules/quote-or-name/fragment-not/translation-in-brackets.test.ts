import { ruleTester } from '../../tester';

ruleTester('quote-or-name/fragment-not/translation-in-brackets').run({
  valid: [
    'Sie sagte, der Plan sei „völlig überhastet“.',
  ],
  invalid: [
    { text: 'Sie sagte, die Fährleute („ferrymen“) seien müde.', expect: { at: '„ferrymen“' } },
  ],
});
