import { ruleTester } from '../../tester';

ruleTester('hedges/sense/wohl').run({
  valid: [
    'Der Kai ist wohl zu kurz.',
  ],
  invalid: [
    { text: 'Die Lotsin weiß sehr wohl Bescheid.', expect: { at: 'wohl' } },
    { text: 'Die Lotsin sorgt für das Wohl der Gäste.', expect: { at: 'Wohl' } },
  ],
});
