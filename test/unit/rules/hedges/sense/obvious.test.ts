import { ruleTester } from '../../tester';

ruleTester('hedges/sense/obvious').run({
  valid: [
    'Der Kapitän ist offensichtlich an Land gegangen.',
  ],
  invalid: [
    { text: 'Ganz offensichtlich hat der Kapitän gelogen.', expect: { at: 'offensichtlich' } },
    { text: 'Es ist offensichtlich, dass der Kai zu kurz ist.', expect: { at: 'offensichtlich' } },
  ],
});
