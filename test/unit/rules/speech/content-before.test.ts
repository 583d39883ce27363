import { contentBefore } from '../../../../src/core/rules/speech/content-before';
import { ruleTester } from '../tester';

ruleTester(contentBefore).run({
  valid: [
    // A „wie“ clause with a verb of saying is a frame of its own, never the content of the verb after it.
    'Wie die Hafenpost berichtet, sprach der Senator von unhaltbaren Zuständen.',
    // A belief of one's own after the words hedges them; it frames nothing.
    'Das reicht nicht, glaube ich.',
    // Nor a phrase whose only verb stands in a clause opened by a relative adverb („wonach“).
    'Nach der Entscheidung des Gerichts, wonach ein Verbot unrechtmäßig ist, hatten die Lotsen Proteste angekündigt.',
    // A phrase with a relative clause („die unter …“ after a comma) has no verb of its own.
    'Trotz der Anwesenheit der Lotsen, die unter der Leitung Kiels arbeiten, erklärte der Hafenmeister den Notstand.',
    'Die Lotsin Anna Roth, lobte die Mannschaft.',
    // Other verbs of thinking need Konjunktiv or a frame of their own.
    'Der Kai ist zu kurz, ahnt die Lotsin.',
    // „sich befinden“ is where one is.
    'Weil der Kai zu kurz ist, befindet sich die Fähre im Hafen.',
    // An opening conditional clause alone is no content.
    'Selbst wenn die Lotsin am Kai gesehen wird, droht ihr kein Ärger.',
    // A phrase and a participle with no verb of their own are an adjunct of the frame.
    'Auf die hohen Kosten angesprochen, erklärte die Lotsin, die Stadt zahlte.',
    'Darauf angesprochen, erklärte die Lotsin, die Stadt zahlte.',
    // A condition opened by „sollte“ is no content, though its verb looks like Konjunktiv.
    'Sollte es zum Prozess kommen, drohen dem Kapitän zehn Jahre Haft.',
    // An open question the frame denies answering is nobody's words.
    'Wann die Fähre fährt, hat die Reederei bisher nicht mitgeteilt.',
    'Ob der Kai öffnet, wollte die Lotsin nicht sagen.',
    // „gefragt“ after „ist“ is „in demand“, no question asked.
    'Wo Lotsen fehlen, ist Geduld gefragt.',
    // A passive with a subject of its own tells something; a denied one reports nothing.
    'In einem Buch, das verschenkt wurde, wird die Geschichte einer Lotsin erzählt.',
    'Erste Meldungen, der Kai sei gesperrt, wurden von der Reederei nicht kommentiert.',
    // „wollen“ before the verb makes a frame only after a question.
    'Die Reederei bestätigt die Pläne, will aber keine Details bekannt geben.',
    // A dative after the verb is followed by no one who speaks: a coordinated verb of the content.
    'Er verdiene Millionen, verspreche den Aktionären rosige Zeiten.',
    // „so“ before a reflexive verb explains: no frame.
    'Der Kai war marode, so erklärt sich der Einsturz.',
  ],
  invalid: [
    // „befinden“ without „sich“ is judging: „befand das Gericht“.
    { text: 'Die Sperre des Kais sei rechtens, befand das Gericht.', expect: { content: 'Die Sperre des Kais sei rechtens', cue: 'befand', speaker: 'das Gericht' } },
    // A „so“ pointing back at the content may lead the frame; a reflexive verb after it explains instead.
    { text: 'Der Kai ist marode, so schreibt die Hafenpost.', expect: { content: 'Der Kai ist marode', cue: 'schreibt', speaker: 'die Hafenpost' } },
    { text: 'Der Kai ist marode, so lautet das Urteil der Gutachter.', expect: { content: 'Der Kai ist marode', cue: 'lautet' } },
    // A passive frame after its Konjunktiv content, with or without an agent.
    { text: 'Der Umbau könne ein Jahr dauern, wird im Rathaus vermutet.', expect: { content: 'Der Umbau könne ein Jahr dauern', cue: 'vermutet', speaker: null } },
    { text: 'Der Umbau werde ein Jahr dauern, wurde am Montag von der Werft mitgeteilt.', expect: { content: 'Der Umbau werde ein Jahr dauern', cue: 'mitgeteilt', speaker: 'der Werft' } },
    // The subject may follow a dative object after the verb: „sagte dem Hafenamt eine Sprecherin“.
    { text: 'Der Kai sei zu kurz, sagte dem Hafenamt eine Sprecherin.', expect: { content: 'Der Kai sei zu kurz', speaker: 'eine Sprecherin', cue: 'sagte' } },
    // A question before a verb of asking is its content, also with „wollen … wissen“.
    { text: 'Ob der Kai bald öffnet, wollte die Lotsin wissen.', expect: { content: 'Ob der Kai bald öffnet', speaker: 'die Lotsin' } },
    { text: 'Wann die Fähre fährt, fragte der Kapitän.', expect: { content: 'Wann die Fähre fährt', cue: 'fragte', speaker: 'der Kapitän' } },
    // „zu“ after a phrase with an article names whom the words were said to, not part of a name.
    { text: 'Das war knapp, sagte eine der Lotsinnen zu Reportern.', expect: { speaker: 'eine der Lotsinnen' } },
    // Believing and fearing frame like saying when someone else holds the view.
    { text: 'Das reicht nicht, glaubt die Lotsin.', expect: { content: 'Das reicht nicht', cue: 'glaubt', speaker: 'die Lotsin' } },
    // (With a verb of its own the part before the frame is content, however it ends.)
    { text: 'Bei der Reederei bin ich gut aufgehoben, sagt die Lotsin.', expect: { content: 'Bei der Reederei bin ich gut aufgehoben', speaker: 'die Lotsin' } },
    // A capitalised word ending like an adverb („-ig“, „-lich“) inside the sentence is a surname.
    { text: 'Der Kai sei zu kurz, sagte Ludwig am Montag.', expect: { content: 'Der Kai sei zu kurz', speaker: 'Ludwig' } },
    { text: 'Die Lotsen seien erschöpft, sagt Fröhlich weiter.', expect: { content: 'Die Lotsen seien erschöpft', speaker: 'Fröhlich' } },
    // A pronoun subject's finite verb counts also in the strong past („starb“, „kam“), and an
    // institution is a body that can speak.
    { text: 'Er starb am Samstag, teilte die Hafen Institution mit.', expect: { content: 'Er starb am Samstag', speaker: 'die Hafen Institution' } },
    { text: 'Ich trage die Schuld am Schaden, sagte der Kapitän.', expect: { content: 'Ich trage die Schuld am Schaden', speaker: 'der Kapitän' } },
    // (Not after a comma: there „der an …“ opens a relative clause, no extended attribute.)
    { text: 'Der Kai sei zu kurz, sagte ein Lotse, der an der Mole arbeitet.', expect: { content: 'Der Kai sei zu kurz', speaker: 'ein Lotse' } },
    { text: 'Der Kai sei zu kurz, sagte die Lotsin.', expect: { content: 'Der Kai sei zu kurz', cue: 'sagte', speaker: 'die Lotsin' } },
    // An opening subordinate clause with its main clause after it is content, Konjunktiv or not.
    { text: 'Wenn der Kai nicht hält, muss die Fähre draußen bleiben, meinte die Lotsin.', expect: { content: 'Wenn der Kai nicht hält, muss die Fähre draußen bleiben', speaker: 'die Lotsin' } },
    { text: 'Weil die Mole bröckelt, ankern die Frachter vor dem Hafen, sagte der Kapitän.', expect: { content: 'Weil die Mole bröckelt, ankern die Frachter vor dem Hafen', speaker: 'der Kapitän' } },
    // A time between the verb and its inverted subject: „…, informierte am Montag die Polizei“.
    { text: 'Die Suche am Kai laufe weiter, informierte am Montag die Wasserschutzpolizei.', expect: { content: 'Die Suche am Kai laufe weiter', speaker: 'die Wasserschutzpolizei' } },
    { text: 'Der Kai ist zu kurz, hatte die Lotsin im Mai gesagt.', expect: { content: 'Der Kai ist zu kurz', cue: 'gesagt' } },
    // A list before the frame is content, not an apposition of the speaker: a modal is a verb.
    { text: 'Öl, Kupfer und Zinn sollten bald teurer werden, sagen Hafenhändler.', expect: { speaker: 'Hafenhändler' } },
    // „meinte“ after its content is a verb of saying, with or without Konjunktiv.
    { text: 'Wir müssen den Kai verlängern, meinte der Kapitän.', expect: { content: 'Wir müssen den Kai verlängern', cue: 'meinte', speaker: 'der Kapitän' } },
    // The narrator's lead before a colon is no content; „ihr“ before its noun is a possessive.
    { text: 'Die Reederei ist skeptisch: Der Umsatz werde sinken, sagte ihr Sprecher Jan Roth.', expect: { content: 'Der Umsatz werde sinken', speaker: 'ihr Sprecher Jan Roth' } },
    // … unless the lead is reported too.
    { text: 'Die Lage sei klar: Der Kai bleibe gesperrt, sagte Roth.', expect: { content: 'Die Lage sei klar: Der Kai bleibe gesperrt', speaker: 'Roth' } },
    // A verb where a role's adjective would stand makes no apposition: the inverted subject speaks.
    { text: 'Nun droht Ärger: Die Leiterin, Anna Roth, erstattete Anzeige, berichtete die Hafenzeitung.', expect: { content: 'Die Leiterin, Anna Roth, erstattete Anzeige', speaker: 'die Hafenzeitung' } },
    // Content on both sides of an interposed frame is one quote over both parts.
    { text: 'Der Kai sei, sagte die Lotsin, viel zu kurz.', expect: { content: 'Der Kai sei, sagte die Lotsin, viel zu kurz', cue: 'sagte', speaker: 'die Lotsin' } },
  ],
});
