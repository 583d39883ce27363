import { ruleTester } from '../../tester';

ruleTester('hedges/sense/reportive-sollen').run({
  valid: [
    'Die Lotsin soll den Kai beschädigt haben.',
    'Die Lotsin soll sich in Kiel befinden.',
  ],
  invalid: [
    { text: 'Der Kai soll bis Freitag verlängert werden.', expect: { at: 'soll' } },
  ],
});
