import { ruleTester } from '../../tester';

ruleTester('hedges/sense/any-possible').run({
  valid: [
    'Die Werft prüft einen möglichen Verkauf.',
  ],
  invalid: [
    { text: 'Die Werft nutzt alle möglichen Kräne.', expect: { at: 'möglichen' } },
    { text: 'Im Lager liegt alles Mögliche.', expect: { at: 'Mögliche' } },
    { text: 'Die Crew lenkt sich mit allem Möglichen ab.', expect: { at: 'Möglichen' } },
  ],
});
