import { ruleTester } from '../../tester';

ruleTester('hedges/sense/reportive-sollen').run({
  valid: [
    'Die Lotsin soll den Kai beschädigt haben.',
    // A full stop after an ordinal ends no clause; a perfect with „lassen“ has two infinitives.
    'Beim Stapellauf soll König Harald V. gesagt haben, das Schiff sei zu klein.',
    'Der Reeder soll den Kai heimlich abreißen haben lassen.',
    'Der Reeder soll den Kai heimlich abreißen lassen haben.',
    'Die Lotsin soll sich in Kiel befinden.',
    // A claimed past stays a claim even with a year: „soll … gewesen sein“.
    'Der Kai soll 1890 der längste Europas gewesen sein.',
    'Die Lotsin soll seit 2019 in Kiel wohnen.',
    // A claimed past keeps its „bis“: „gewesen sein“, „gewohnt haben“.
    'Der Kai soll schon bis 1990 fertiggestellt gewesen sein.',
    'Die Lotsin soll bis Mai in Kiel gewohnt haben.',
    // A month in the clause after a verb-final „soll“ is not its time.
    'Bei einer Razzia gegen die Bande, die für die Diebstähle am Kai verantwortlich sein soll, wurden im Mai drei Männer gefasst.',
    // Quoted words inside the clause are part of it; a claimed figure is a claim.
    'Dabei sollen „drei oder vier Boote“ gesunken sein.',
    'Der neue Kai soll rund zwei Millionen Euro kosten.',
    // Verb-final in a relative clause the main clause goes on after.
    'Der Kapitän, der Geld genommen haben soll, fehlt am Kai.',
    // At the end of a relative clause its own verb group counts, a state too.
    'Die Bande, die für die Diebstähle am Kai verantwortlich sein soll, wurde gefasst.',
    // So before „und“, which joins the relative clause's next verb.
    'Die Fähre hat ein Deck, das aus einer Werft in Norwegen stammen soll und hundert Gäste fasst.',
    'Er kaufte ein Boot, das dem Bürgermeister gehört haben soll und nun am Kai liegt.',
    // The Konjunktiv „solle“ in reported speech with a claimed past.
    'Der Kapitän solle Geld genommen haben, sagte der Anwalt.',
    // „sich handeln um“ and „sich belaufen auf“ identify and measure: states, claimed.
    'Bei dem Wrack am Kai soll es sich um zwei Fischkutter handeln.',
    'Der Schaden am Kai soll sich auf zwei Millionen Euro belaufen.',
    // A dass-clause after a verb of reporting passes on a claim.
    'Die Lotsen berichten, dass der Kai marode sein soll.',
    // „soll es … geben“ claims that something exists.
    'Im Hafen soll es weitere Schäden geben.',
    // A claimed past before „und“ stays a claim, whatever follows it.
    'Das Mittel soll bereits an zweihundert Lotsen erprobt worden sein und demnächst in den Handel kommen.',
    // A relative clause opened by a preposition ends the verb group before it.
    'Er soll mit der Reederei seines Bruders, des Kapitäns Jan Roth (SPD), einen Vertrag geschlossen haben, im Rahmen dessen er Rechnungen stellte.',
  ],
  invalid: [
    { text: 'Der Kai soll bis Freitag verlängert werden.', expect: { at: 'soll' } },
    { text: 'Der Reeder soll den Kai bis Mai abreißen lassen.', expect: { at: 'soll' } },
    { text: 'Nach dem Stapellauf soll König Harald V. das Schiff taufen.', expect: { at: 'soll' } },
    // A planned or foreseen state is no hedge: a deadline year, a future adverb, a plan.
    { text: 'Der neue Kai soll bis 2030 fertig sein.', expect: { at: 'soll' } },
    // (A state before „und“ is no claimed past: the plan holds.)
    { text: 'Die Planung soll bis Oktober vollendet sein und der Bau im Winter beginnen.', expect: { at: 'soll' } },
    { text: 'Die Fähre soll künftig stündlich fahren.', expect: { at: 'soll' } },
    // A bare year or a month to come with a present infinitive: a plan.
    { text: 'Der Kai soll 2031 fertig sein.', expect: { at: 'soll' } },
    { text: 'Die neue Fähre soll im September in Dienst gehen.', expect: { at: 'soll' } },
    // A day of the month to come as well.
    { text: 'Ab 23. November soll die Fähre wieder im Hafen liegen.', expect: { at: 'soll' } },
    // „geben“ without „es“: a purpose or a task, not a claim that something exists.
    { text: 'Im Wrack stecken Daten, die Aufschluss über den Unfall geben sollen.', expect: { at: 'sollen' } },
    { text: 'Die Lotsin soll einen Kurs für Anfänger geben.', expect: { at: 'soll' } },
    // „handeln“ without „sich … um“ is to act: an order.
    { text: 'Der Hafenrat soll endlich handeln.', expect: { at: 'soll' } },
    { text: 'Das Hafenbad soll nach den Plänen der Stadt kostenlos sein.', expect: { at: 'soll' } },
    { text: 'Der Umbau soll zu Jahresende fertig sein.', expect: { at: 'soll' } },
    // A participle with „sein“ and a deadline: the state planned for it.
    { text: 'Der Umbau des Kais soll bis spätestens Ende Mai abgeschlossen sein.', expect: { at: 'soll' } },
    { text: 'Der neue Kai soll bis 2031 fertiggestellt sein.', expect: { at: 'soll' } },
    // A question asks what ought to be.
    { text: 'Wie hoch soll die Hafengebühr sein?', expect: { at: 'soll' } },
    { text: 'Wie hoch die Gebühr sein soll, prüft der Hafenrat.', expect: { at: 'soll' } },
    { text: 'Der Kai, der zu Jahresende fertig sein soll, kostet viel.', expect: { at: 'soll' } },
    { text: 'Die Brücke, die gebaut werden soll, kostet viel.', expect: { at: 'soll' } },
    { text: 'Die Reederei baut einen Kai, der Frachter aufnehmen soll und 300 Meter misst.', expect: { at: 'soll' } },
    // „solle“ otherwise passes on an order or a wish, a state passive too.
    { text: 'Gewalt solle am Kai die letzte Maßnahme sein, sagte er.', expect: { at: 'solle' } },
    { text: 'Die Sitzung solle von Ruhe geprägt sein, sagte sie.', expect: { at: 'solle' } },
    // What is demanded or decided is an order.
    { text: 'Die Lotsen fordern, dass der Kai länger sein soll.', expect: { at: 'soll' } },
    { text: 'Die Lotsen haben dafür gestimmt, dass es keinen neuen Kai geben soll.', expect: { at: 'soll' } },
  ],
});
