import { ruleTester } from '../../tester';

ruleTester('hedges/sense/ohne-zweifel').run({
  valid: [
    'Es gibt Zweifel am Kai.',
  ],
  invalid: [
    { text: 'Der Kai ist ohne Zweifel zu kurz.', expect: { at: 'Zweifel' } },
  ],
});
