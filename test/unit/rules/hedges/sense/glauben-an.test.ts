import { ruleTester } from '../../tester';

ruleTester('hedges/sense/glauben-an').run({
  valid: [
    'Die Lotsen glauben, dass der Kai hält.',
  ],
  invalid: [
    { text: 'Die Lotsen glauben an den Hafen.', expect: { at: 'glauben' } },
  ],
});
