import { ruleTester } from '../../tester';

ruleTester('hedges/sense/epistemic-modal').run({
  valid: [
    'Das kann ein Fehler sein.',
  ],
  invalid: [
    { text: 'Die Lotsin kann schwimmen.', expect: { at: 'kann' } },
    { text: 'Von Eile kann keine Rede sein.', expect: { at: 'kann' } },
  ],
});
