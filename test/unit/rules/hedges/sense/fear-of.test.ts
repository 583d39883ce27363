import { ruleTester } from '../../tester';

ruleTester('hedges/sense/fear-of').run({
  valid: [
    'Die Lotsen fürchten, dass der Kai bricht.',
  ],
  invalid: [
    { text: 'Der Kapitän fürchtet sich vor Stürmen.', expect: { at: 'fürchtet' } },
    { text: 'Die Lotsen fürchten um ihre Arbeit am Kai.', expect: { at: 'fürchten' } },
  ],
});
