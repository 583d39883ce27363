import { ruleTester } from '../../tester';

ruleTester('quote-or-name/fragment-not/web-address').run({
  valid: [
    'Sie sagte, der Plan sei „völlig überhastet“.',
  ],
  invalid: [
    { text: 'Sie sagte, die Seite „www.hafen-beispiel.de“ sei neu.', expect: { at: '„www.hafen-beispiel.de“' } },
  ],
});
