import { ruleTester } from '../../tester';

ruleTester('hedges/sense/acceptance').run({
  valid: [
    'Die Annahme, dass der Deich hält, war falsch.',
  ],
  invalid: [
    { text: 'Der Hafenmeister sitzt wegen Annahme von Geschenken in Haft.', expect: { at: 'Annahme' } },
    { text: 'Die Annahme des Angebots verzögert sich.', expect: { at: 'Annahme' } },
  ],
});
