import { ruleTester } from '../../tester';

ruleTester('hedges/sense/shine').run({
  valid: [
    'Der Kai scheint zu kurz zu sein.',
  ],
  invalid: [
    { text: 'Am Kai scheint die Sonne.', expect: { at: 'scheint' } },
  ],
});
