import { ruleTester } from '../../tester';

ruleTester('hedges/sense/reportive-wollen').run({
  valid: [
    'Die Lotsin will nichts gesehen haben.',
    'Der Kapitän wolle nichts gesehen haben, sagte der Anwalt.',
  ],
  invalid: [
    { text: 'Die Lotsin will kandidieren.', expect: { at: 'will' } },
    { text: 'Eine so große Entscheidung wolle gut überlegt sein, sagte sie.', expect: { at: 'wolle' } },
  ],
});
