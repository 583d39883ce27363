import { ruleTester } from '../../tester';

ruleTester('hedges/sense/impersonal-man').run({
  valid: [
    'Das könne man nicht gewesen sein.',
    'Die Fähre könnte ausfallen.',
  ],
  invalid: [
    { text: 'Einen Defekt könne man ausschließen, sagte der Lotse.', expect: { at: 'könne' } },
    { text: 'Man könnte den Kai verlängern.', expect: { at: 'könnte' } },
  ],
});
