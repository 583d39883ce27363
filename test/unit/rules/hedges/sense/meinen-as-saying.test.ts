import { ruleTester } from '../../tester';

ruleTester('hedges/sense/meinen-as-saying').run({
  valid: [
    'Beobachter meinen, der Kai sei zu kurz.',
    'Ich meine, der Kai ist zu kurz.',
    'Der Kai ist zu kurz, meint man im Hafen.',
    'Die Mehrheit der Menschen meint, der Kai sei zu kurz.',
  ],
  invalid: [
    { text: 'Der Kai ist zu kurz, meinte die Hafenmeisterin.', expect: { at: 'meinte' } },
    { text: 'Die Hafenmeisterin meinte, der Kai sei zu kurz.', expect: { at: 'meinte' } },
    // „man“ inside the content is not the subject of „meinte“.
    { text: 'Die Hafenmeisterin meinte, man müsse den Kai verlängern.', expect: { at: 'meinte' } },
    { text: 'Zum Umbau meinte die Hafenmeisterin: Der Kai ist zu kurz.', expect: { at: 'meinte' } },
  ],
});
