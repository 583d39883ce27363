import { ruleTester } from '../../tester';

ruleTester('hedges/sense/open-question').run({
  valid: [
    'Ob der Kai hält, ist offen.',
  ],
  invalid: [
    { text: 'Die Lotsin hat das Fenster offen gelassen.', expect: { at: 'offen' } },
  ],
});
