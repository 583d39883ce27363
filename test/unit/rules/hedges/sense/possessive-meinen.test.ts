import { ruleTester } from '../../tester';

ruleTester('hedges/sense/possessive-meinen').run({
  valid: [
    'Wir meinen, der Kai sei zu kurz.',
  ],
  invalid: [
    { text: 'Sie traf meinen Bruder am Kai.', expect: { at: 'meinen' } },
  ],
});
