import { colonContentFramed } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(colonContentFramed).run({
  valid: [
    // Without a closing frame the verb before the colon frames what follows.
    'Der Hafenmeister erklärte: Der Kai sei zu kurz, die Fähren müssten warten.',
    // A subordinate clause and its main clause after the colon: the verb after the comma is the
    // main clause's, no closing frame.
    'Die Lotsin bleibt dabei: Wenn zwei Fähren zugleich anlegen, erklärt das den Stau.',
  ],
  invalid: [
    // The verb before the colon only leads to words that close with a frame of their own.
    { text: 'Auch die Reederei rechnet nicht mit mehr Fracht: Der Umsatz werde sinken, heißt es im Quartalsbericht.', expect: { at: 'rechnet' } },
    { text: 'Die Reederei widerspricht: Der Umsatz werde sinken, sagte ihr Sprecher Jan Roth am Montag.', expect: { at: 'widerspricht' } },
    // A verb inside those words is part of them.
    { text: 'Roth im Wahlkampf: Ich will die Lotsen überzeugen, dass jeder helfen muss, betonte er.', expect: { at: 'überzeugen' } },
  ],
});
