import { compoundNoun } from '../../../../src/core/rules/hedges/word';
import { ruleTester } from '../tester';

ruleTester(compoundNoun).run({
  valid: [
    'Die Einschätzung der Lotsin ist klar.',
    'Der Verdacht fiel auf niemanden.',
  ],
  invalid: [
    { text: 'Gegen den Reeder läuft ein Ermittlungsverfahren wegen Betrugsverdacht.', expect: { cue: 'Betrugsverdacht', kind: 'belief' } },
    { text: 'Die Übernahmegerüchte halten sich.', expect: { cue: 'Übernahmegerüchte', kind: 'vague_source' } },
    { text: 'Polizeischätzungen sprechen von tausend Gästen.', expect: { cue: 'Polizeischätzungen', kind: 'belief' } },
  ],
});
