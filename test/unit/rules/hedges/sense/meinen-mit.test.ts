import { ruleTester } from '../../tester';

ruleTester('hedges/sense/meinen-mit').run({
  valid: [
    'Beobachter meinen, der Kai sei zu kurz.',
  ],
  invalid: [
    { text: 'Die Lotsin meint damit nicht den alten Kai.', expect: { at: 'meint' } },
    { text: 'Genau das meine ich mit Stillstand.', expect: { at: 'meine' } },
    // „damit“ before the verb refers back to what was said.
    { text: '„Es war laut am Kai.“ Damit meinte die Lotsin die Nacht der Sturmflut.', expect: { at: 'meinte' } },
  ],
});
