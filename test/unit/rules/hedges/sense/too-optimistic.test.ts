import { ruleTester } from '../../tester';

ruleTester('hedges/sense/too-optimistic').run({
  valid: [
    'Die Reederei ist optimistisch, dass der Kai hält.',
    'Beim Wetter bleibt die Lotsin pessimistisch.',
  ],
  invalid: [
    // A plan or figure judged too hopeful weighs no chance of its own.
    { text: 'Der Zeitplan für den Kai sei viel zu optimistisch, meinen die Prüfer.', expect: { at: 'optimistisch' } },
    // A trait, not an outlook.
    { text: 'Pessimistisch, wie ich bin, habe ich einen Schirm eingepackt.', expect: { at: 'Pessimistisch' } },
  ],
});
