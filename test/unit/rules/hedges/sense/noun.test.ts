import { ruleTester } from '../../tester';

ruleTester('hedges/sense/noun').run({
  valid: [
    'Die Lotsen glauben an den Kai, dass er hält.',
  ],
  invalid: [
    { text: 'Sie stärkt den Glauben an den Hafen.', expect: { at: 'Glauben' } },
  ],
});
