import { ruleTester } from '../../tester';

ruleTester('hedges/sense/enabling').run({
  valid: [
    'Es ist möglich, dass der Kai bricht.',
  ],
  invalid: [
    { text: 'Erst die Spende machte den Umbau möglich.', expect: { at: 'möglich' } },
    { text: 'Die Stadt will den Umbau möglich machen.', expect: { at: 'möglich' } },
    { text: 'Neue Kräne machen den Umbau erst möglich.', expect: { at: 'möglich' } },
  ],
});
