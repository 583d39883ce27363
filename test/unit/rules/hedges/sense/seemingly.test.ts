import { ruleTester } from '../../tester';

// `invalid`: the sense rejects the hedge reading; `valid`: „scheinbar“ means „apparently“.
ruleTester('hedges/sense/seemingly').run({
  valid: [
    'Die Fähre wird scheinbar nicht mehr gewartet.',
    'Der Streit entgleitet der Reederei scheinbar völlig.',
  ],
  invalid: [
    { text: 'Der neue Lack vereint scheinbar gegensätzliche Eigenschaften.', expect: { at: 'scheinbar' } },
    { text: 'Die Lotsin erntete Kritik an scheinbar zu milden Worten über die Reederei.', expect: { at: 'scheinbar' } },
    { text: 'Der Widerspruch zwischen Hafen und Stadt ist nur scheinbar.', expect: { at: 'scheinbar' } },
  ],
});
