// Sense tests: the readings of hedge words that are not hedges. „das Wohl“ is a noun, „sehr wohl“
// affirms; „soll bis Freitag entscheiden“ is a plan, „soll … genommen haben“ a claim; „kann“ is
// ability unless with „sein“; „meinen Sohn“ is a possessive.
import { clauseBounds, clauseTail, hasPerfectBeforeCoordination, hasPerfectInfinitive, isCapitalWord, SOME_PEOPLE, unmistakablePast, vagueOr, zuInfinitiveWithin } from './clause';
import type { HedgeContext, SenseGuard } from './context';
import { adjectiveShape, ARTICLE, NOT_A_FULL_VERB, QUESTION_WORD } from '../../grammar/words';
import type { Token } from '../../tokens';

/** Words that deny the whole clause („nicht“, „keine“, „nie“). */
const NEGATION = /^(nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nirgends|niemand)$/;

/** Verbs that, denied, leave a matter open: „kann nicht sagen / ausschließen / bestätigen“. */
const UNKNOWABLE = /^(sagen|gesagt|ausschließen|ausgeschlossen|bestätigen|bestätigt|beurteilen|beurteilt|einschätzen|abschätzen|abgeschätzt|wissen|garantieren|garantiert|versprechen|vorhersagen|beziffern|beziffert|sicher|genau|ausmachen|feststellen|festgestellt|klären|geklärt|sehen|absehen)$/;

const PRONOUN_SUBJECTS = new Set(['ich', 'wir']);
const COPULAS = new Set(['ist', 'bleibt', 'blieb', 'war', 'sei', 'bleibe', 'sind', 'bleiben', 'waren', 'seien', 'scheint', 'noch', 'weiter', 'völlig', 'weiterhin', 'derzeit', 'bislang', 'bisher', 'vorerst', 'zunächst']);

/** Prepositions before the question word of an indirect question: „mit wem“, „für welche“. */
const PREPOSITION_BEFORE_QUESTION = /^(mit|für|von|an|auf|über|zu|bei|gegen|nach|aus|in|unter)$/;
/** Matters that can be left open: a question, a decision, an outcome, a date. */
const OPEN_MATTER = /(frage|fragen|entscheidung|ausgang|zukunft|ergebnis|termin|zeitpunkt|datum|zeitplan|rennen|details|finanzierung|nachfolge|höhe|umfang|zahl|hintergründe|hintergrund|ursache|ursachen|motiv|motive|hergang|verbleib|schicksal|identität)$/;

/** Words of danger that „unsicher“ is coordinated with when it means unsafe. */
const UNSAFE = /^(gefährlich|riskant|instabil|ungesund|schädlich|baufällig|unzuverlässig)$/;

/** Words that deny or belittle a doubt: „keine Zweifel“, „wenig Zweifel“, „ohne Zweifel“. */
const DENIED_DOUBT = /^(ohne|kein|keine|keinen|keinerlei|wenig|außer)$/;

/** „denkt, dass …“, „denken wohl, dass …“: a dass-clause after the verb (and at most two words). */
function beforeDass(toks: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && toks[k]; k++) if (toks[k].text === ',') return toks[k + 1]?.lower === 'dass';
  return false;
}

/** Words after „denkbar“ that show it is a predicate, not an intensifier: verbs, conjunctions, particles. */
const NOT_AN_ADJECTIVE: ReadonlySet<string> = new Set([...NOT_A_FULL_VERB, 'gewesen', 'geworden', 'sein', 'werden', 'erscheint', 'erschien', 'scheint', 'schien', 'bleibt', 'blieb']);

const sense = (id: string, words: string[], description: string, rejects: (ctx: HedgeContext) => boolean): SenseGuard => ({ id: `hedges/sense/${id}`, words, description, rejects });

/** Verbs of demanding and deciding, and the „dafür“ of „dafür stimmen/sorgen, dass“. */
const DEMAND_OR_DECIDE = /^(fordert|fordern|forderte|forderten|gefordert|verlangt|verlangen|verlangte|verlangten|beschloss|beschlossen|beschließt|beschließen|stimmt|stimmen|stimmte|stimmten|gestimmt|entschied|entschieden|entscheidet|vereinbart|vereinbarte|vereinbarten|plädiert|plädieren|plädierte|mahnt|mahnen|mahnte|mahnten|angemahnt|drängt|drängen|drängte|pocht|pochen|pochte|dafür)$/;

/** Whether the modal at i („soll“, „müsste“) closes a dass-clause whose main clause demands or decides it. */
function demandedOrDecided(toks: Token[], i: number): boolean {
  // (Quoted words belong to the clause: „dass die Regeln „eindeutig“ sein müssten“.)
  const [a] = clauseBounds(toks, i, true);
  if (toks[a]?.lower !== 'dass' || toks[a - 1]?.text !== ',') return false;
  const [b] = clauseBounds(toks, a - 2);
  return toks.slice(b, a - 1).some((x) => DEMAND_OR_DECIDE.test(x.lower));
}

/**
 * „sich wohl fühlen“ in any order („fühlen sich in der Schule wohl“, „würde mich nicht wohl dabei
 * fühlen“): well-being. Not when an adjective follows „wohl“: „fühlt sich wohl übergangen“ guesses.
 */
function feelsWell(toks: Token[], i: number): boolean {
  const next = toks[i + 1];
  if (next && next.kind === 'word' && !isCapitalWord(next) && !/^(fühlen|fühle|fühlt|fühlte|fühlten|gefühlt|dabei|hier|dort|bei|beim|in|im|auf|mit|unter|zu|zumute)$/.test(next.lower)) return false;
  const [a, b] = clauseBounds(toks, i);
  return toks.slice(a, b + 1).some((x) => /^(ge)?fühl(e|en|t|te|ten)$/.test(x.lower));
}

/**
 * „ein wohl dokumentierter Fall“, „der wohl überlegte Plan“: between an article and a participle
 * before its noun (or before more adjectives: „ein wohl dokumentiertes, altes …“) „wohl“ means
 * well. (Before a superlative it guesses: „die wohl wichtigste Fähre“.)
 */
function wellBeforeParticiple(toks: Token[], i: number): boolean {
  const participle = toks[i + 1]?.lower ?? '';
  return ARTICLE.test(toks[i - 1]?.lower ?? '') && !/st(e|en|er|es|em)$/.test(participle) && /^(ge\p{Ll}{3,}t|\p{Ll}{3,}iert|(be|er|ver|über|durch)\p{Ll}{3,}t)(e|en|er|es|em)$/u.test(participle) && !!toks[i + 2] && (isCapitalWord(toks[i + 2]) || /^(,|und)$/.test(toks[i + 2].lower));
}

/**
 * What „möglich“ is said of in its clause: a condition („nur mit einer Genehmigung möglich“), a
 * person able to do it („ist ihm möglich“) or a demand („muss möglich sein“): all say what can be
 * done. (Not „schon“: „schon am Mittwoch möglich“ weighs a chance.)
 */
function feasibility(toks: Token[], i: number): boolean {
  const [a, b] = clauseBounds(toks, i);
  const clause = toks.slice(a, b + 1);
  // (A dative pronoun is the one able: „ist ihm mit einer Genehmigung möglich“; „ihr“ and „uns“ are often something else.)
  return clause.some((x) => /^(nur|erst|muss|müsse|müssen|musste|soll|solle|sollte|sollen|sollten|ihm|ihnen|mir|dir)$/.test(x.lower));
}

/** Finite forms of „haben“ that build a modal's perfect: „hat … kommen wollen“, „hätte … sollen“. */
const FINITE_HABEN = /^(hat|habe|haben|hatte|hatten|hätte|hätten|habest|hättest)$/;

/**
 * A modal in the „Ersatzinfinitiv“ („hätte kommen sollen“, „hat nicht warten wollen“): German builds
 * no perfect of a reportive or epistemic modal, so this one is a duty, plan or wish gone unmet.
 */
function ersatzInfinitive(toks: Token[], i: number): boolean {
  const before = toks[i - 1];
  if (!before || before.kind !== 'word' || isCapitalWord(before) || !/(en|ern|eln|sein|tun)$/.test(before.lower)) return false;
  const [a] = clauseBounds(toks, i, true);
  return toks.slice(a, i - 1).some((x) => FINITE_HABEN.test(x.lower));
}

/** „bei dem Fund soll es sich um Munition handeln“: „sich handeln um“ identifies; it is a state, not an act. */
const identifies = (tail: Token[]): boolean => tail[tail.length - 1]?.lower === 'handeln' && tail.some((x) => x.lower === 'sich') && tail.some((x) => x.lower === 'um');

export const WORD_SENSES: readonly SenseGuard[] = [
  sense('ersatz-infinitive', ['sollen', 'wollen', 'können', 'müssen', 'mögen'], '„hätte kommen sollen“, „hat nicht warten wollen“: a modal in its perfect is a duty or wish, never a hedge.', ({ toks, i }) => ersatzInfinitive(toks, i)),
  // „das Wohl“ is a noun; „sehr wohl“, „wohl aber“, „ob … wohl“ are not epistemic.
  sense('wohl', ['wohl'], '„das Wohl“, „sehr wohl“, „wohl aber“, „sich wohl fühlen“, „ein wohl dokumentierter Fall“ are no hedges.', ({ toks, i }) => {
    if (isCapitalWord(toks[i]) && i > 0 && toks[i - 1].text !== '„') return true;
    return ['sehr', 'zwar', 'gleich', 'durchaus', 'lebe', 'lebt'].includes(toks[i - 1]?.lower ?? '') || toks[i + 1]?.lower === 'aber' || feelsWell(toks, i) || wellBeforeParticiple(toks, i);
  }),
  // Reportive only: the claimed past („soll … genommen haben“) or a state („soll sich … befinden“).
  // An order or a plan („soll bis Freitag entscheiden“, „soll gebaut werden“) is not a hedge.
  sense('reportive-sollen', ['soll', 'sollen', 'solle'], '„soll“ hedges a claim („soll … gesehen haben“, „soll sich … befinden“), not a plan or order („soll gebaut werden“).', ({ toks, i, lex }) => {
    // „Wie hoch soll der Mindestlohn sein?“ asks what ought to be; it passes on no claim.
    if (toks[toks.length - 1]?.text === '?') return true;
    // „fordern, dass der Kai länger sein soll“: what is demanded or decided is an order.
    if (demandedOrDecided(toks, i)) return true;
    const tail = clauseTail(toks, i);
    // („solle“ passes on an order in reported speech — „Gewalt solle die letzte Maßnahme sein“,
    // „solle von Ruhe geprägt sein“ — and a claim only with an unmistakable past.)
    if (toks[i].lower === 'solle') return !unmistakablePast(tail);
    // („soll bis spätestens Ende Mai abgeschlossen sein“: a state at a deadline, planned, not a claimed past.)
    if (stateByDeadline(toks, i, tail)) return true;
    if (hasPerfectBeforeCoordination(tail)) return false;
    if (plannedFuture(toks, i)) return true;
    const last = tail[tail.length - 1]?.lower;
    if (!last || last === 'werden' || tail.some((x) => x.lower === 'werden')) return true;
    // („soll es … geben“ claims that something exists; „Daten, die Aufschluss geben sollen“ is a purpose.)
    if (last === 'geben') {
      const [a, b] = clauseBounds(toks, i);
      if (!toks.slice(a, b + 1).some((x) => x.lower === 'es')) return true;
    }
    return !lex.statives.has(last) && !identifies(tail);
  }),
  // „will nichts gesehen haben“ is reportive; „will kandidieren“ is intention.
  sense('reportive-wollen', ['will', 'wollen', 'wolle'], '„will … gesehen haben“ hedges a claim; „will kandidieren“ is an intention.', ({ toks, i }) =>
    toks[i].lower === 'wolle' ? !unmistakablePast(clauseTail(toks, i)) : !hasPerfectInfinitive(clauseTail(toks, i))),
  // „könne sich vorstellen“ is willingness, not possibility.
  // (Also in the first person: „Wir könnten uns vorstellen, hier zu bleiben“. The speaker imagining
  // that something is so — „Ich könnte mir vorstellen, dass …“, „Ich könnte es mir vorstellen“ —
  // weighs a chance and stays a hedge.)
  sense('sich-vorstellen', ['könne', 'könnte', 'könnten'], '„könnte sich vorstellen“ (zu bleiben) is willingness, not possibility.', ({ toks, i }) => {
    const reflexive = toks.slice(i + 1, i + 4).findIndex((x) => /^(sich|mir|uns|dir|euch)$/.test(x.lower));
    if (reflexive < 0) return false;
    const verb = toks.slice(i + 2 + reflexive, i + 9).findIndex((x) => x.lower.startsWith('vorstell'));
    if (verb < 0) return false;
    const v = i + 2 + reflexive + verb;
    // (In the third person „sich vorstellen, dass …“ mostly accepts a proposal: „47 Prozent könnten
    // sich vorstellen, dass die Steuer steigt“; only the speaker's own „ich könnte mir …“ weighs.)
    if (!/^(mir|uns)$/.test(toks[i + 1 + reflexive].lower)) return true;
    const thatClause = toks[v + 1]?.text === ',' && toks[v + 2]?.lower === 'dass';
    return !thatClause && !toks.slice(i + 1, v).some((x) => /^(es|das)$/.test(x.lower));
  }),
  // „Er könne das nicht mittragen“, „sie könne dies weder bestätigen noch dementieren“: „könne“
  // with a person as its pronoun subject reports what that person is able or willing to do; only
  // with „sein“ or a perfect does it weigh a chance („Er könne sich geirrt haben“).
  sense('ability', ['könne'], '„er könne das nicht mittragen“: „könne“ with a personal pronoun as subject reports an ability, not a chance (unless with „sein“ or a perfect).', ({ toks, i }) =>
    (/^(er|sie|ich|wir)$/.test(toks[i - 1]?.lower ?? '') || /^(er|sie|ich|wir)$/.test(toks[i + 1]?.lower ?? '')) && !withSeinOrPerfect(toks.slice(i + 1, betweenPunctuation(toks, i)[1] + 1))),
  // Epistemic only with „sein“: „Das kann ein Fehler sein“, „mag sein“; not ability or duty.
  // „kann ein Fehler gewesen sein“, „müsste es gewusst haben“ are inferences too.
  sense('epistemic-modal', ['kann', 'können', 'müsste', 'müssten'], '„kann“, „müsste“ hedge only with „sein“ or a perfect („kann ein Fehler sein“), not ability or duty (nor „müsste“ in what is demanded).', ({ toks, i }) => {
    // „mahnte an, dass die Regeln klar sein müssten“: what is demanded is a duty.
    if (toks[i].lower.startsWith('müss') && demandedOrDecided(toks, i)) return true;
    const tail = clauseTail(toks, i);
    // „Davon kann keine Rede sein“ denies outright.
    if (tail.some((x, k) => x.lower === 'rede' && /^(keine|nicht|die)$/.test(tail[k - 1]?.lower ?? ''))) return true;
    return !withSeinOrPerfect(tail);
  }),
  // „kann nicht“, „könne keine … zahlen“ deny a possibility outright: what cannot be is no weighed
  // chance (the Konjunktiv II „könnte nicht fertig werden“ still is one).
  sense('cannot', ['kann', 'können', 'könne'], '„kann nicht“, „könne keine …“ deny a possibility; they weigh no chance.', ({ toks, i }) => {
    // (Within the commas around the modal; „kann nicht sagen, ob …“, „kann nicht ausschließen“
    // still voice doubt.)
    const [a, b] = betweenPunctuation(toks, i);
    const clause = toks.slice(a, b + 1);
    return clause.some((x, k) => NEGATION.test(x.lower) && clause[k + 1]?.lower !== 'nur') && !clause.some((x) => UNKNOWABLE.test(x.lower));
  }),
  // „Das mag dauern“, „mag der Grund sein“, „mögen den Anschein erwecken“ weigh a chance with any
  // infinitive; without one „mag“ is liking („mag Kaffee“, „Wer mag, …“), and negated or in the first
  // person it is unwillingness („mag nicht warten“, „ich mag es nicht glauben“).
  sense('liking', ['mag', 'mögen'], '„mag“ hedges with an infinitive („Das mag dauern“), not as liking („mag Kaffee“) or unwillingness („mag nicht warten“).', ({ toks, i }) => {
    // The infinitive closes the words up to the next punctuation, or stands right before a verb-final „mag“.
    // (A list's commas stay inside: „mag ein Segler, Taucher und Angler gewesen sein“.)
    let e = i + 1;
    const listComma = (k: number) => toks[k].text === ',' && isCapitalWord(toks[k + 1]) && /^(und|oder|,)$/.test(toks[k + 2]?.text ?? '');
    while (toks[e] && (toks[e].kind !== 'punct' || listComma(e))) e++;
    const last = e === i + 1 ? toks[i - 1] : toks[e - 1];
    if (!last || isCapitalWord(last) || !/^(sein|tun|\p{Ll}+(en|ern|eln))$/u.test(last.text)) return true;
    const [a] = clauseBounds(toks, i);
    const clause = toks.slice(a, Math.max(e, i + 1));
    if (clause.some((x) => /^(ich|wer|wir|du|ihr)$/.test(x.lower))) return true;
    return clause.some((x) => x.lower === 'nicht') && !concessiveOrOfAThing(clause, toks, i, last.lower);
  }),
  // Only the open question: „ob …, ist offen“, „bleibt offen“.
  sense('open-question', ['offen'], '„offen“ hedges only as an open question („ist offen“, „bleibt offen, ob“).', ({ toks, i }) => {
    const prev = toks[i - 1]?.lower, next = toks[i + 1];
    // „ließ offen, wann …“, „will offen lassen, ob …“: leaving a question open.
    const lassen = /^(ließ|lässt|ließen|lassen|gelassen|lasse)$/;
    if (prev && lassen.test(prev) && next?.text === ',' && QUESTION_WORD.test(toks[i + 2]?.lower ?? '')) return false;
    if (next && lassen.test(next.lower) && toks[i + 2]?.text === ',' && QUESTION_WORD.test(toks[i + 3]?.lower ?? '')) return false;
    // („Offen ist noch, ob …“, „Offen bleibt die Frage …“: fronted before its copula.)
    const fronted = (!prev || toks[i - 1].kind === 'punct') && !!next && COPULAS.has(next.lower);
    if (!fronted && !(!!prev && COPULAS.has(prev) && (!next || next.kind !== 'word' || next.lower === 'und' || next.lower === 'ob' || next.lower === 'wie'))) return true;
    // What is open is a question or a matter still to decide („Ob …, ist offen“, „Die Entscheidung
    // ist offen“), not a gate („Das Tor ist offen“) or a rest („Ein Kontingent ist noch offen“).
    // (A pronoun points back at the matter: „Das bleibt offen.“)
    if (/^(das|dies|es|alles|vieles|einiges|manches)$/.test(toks[i - 2]?.lower ?? '')) return false;
    return !toks.some((x) => QUESTION_WORD.test(x.lower) || (isCapitalWord(x) && OPEN_MATTER.test(x.lower)));
  }),
  // „so schnell wie möglich“ is no hedge.
  sense('so-bald-wie-moeglich', ['möglich'], '„so schnell wie möglich“, „nur möglich“ are no hedges.', ({ toks, i }) => {
    const prev = toks[i - 1]?.lower;
    return prev === 'wie' || prev === 'als' || prev === 'nur' || prev === 'soweit';
  }),
  // „Die Ursache ist unbekannt“ leaves a fact open; „das weitgehend unbekannte Lager“ is obscure, and
  // „unbekannte Täter“ are unidentified people: attributive uses hedge nothing, except for a cause
  // („aus unbekannten Gründen“, „aus bislang unbekannter Ursache“).
  sense('attributive-unbekannt', ['unbekannte', 'unbekannten', 'unbekannter', 'unbekanntes', 'unbekanntem'], '„unbekannt“ hedges as a predicate („ist unbekannt“) or of a cause („aus unbekannten Gründen“), not as „das unbekannte Lager“.', ({ toks, i }) => {
    // („von den Unbekannten verletzt“: as a noun, unidentified people too.)
    if (isCapitalWord(toks[i]) && i > 0 && /^(der|die|den|dem|des|ein|eine|einen|einem|einer|zwei|drei|mehrere|vier)$/.test(toks[i - 1].lower)) return true;
    const next = toks[i + 1];
    // (A noun on its own: „Unbekannte eröffneten das Feuer“, „der zweite Unbekannte, der …“.)
    if (isCapitalWord(toks[i]) && (!next || !isCapitalWord(next))) return true;
    if (!isCapitalWord(next) || !next) return false;
    return !/^(grund|gründe|gründen|ursache|ursachen|motiv|motive|motiven|umstände|umständen)$/.test(next.lower);
  }),
  sense('ohne-zweifel', ['zweifel'], '„ohne Zweifel“, „keine ernsthaften Zweifel“, „lässt wenig Zweifel“ affirm; „im Zweifel“ means „if in doubt“.', ({ toks, i }) => {
    // (One adjective may stand between: „keine ernsthaften Zweifel“.)
    const prev = toks[i - 1]?.lower ?? '';
    if (prev === 'im' || DENIED_DOUBT.test(prev)) return true;
    return adjectiveShape(toks[i - 1]) && DENIED_DOUBT.test(toks[i - 2]?.lower ?? '');
  }),
  sense('denkbar-as-intensifier', ['denkbar'], '„ein denkbar knapper Sieg“, „ist denkbar gering“: before an adjective „denkbar“ intensifies (like „äußerst“); it weighs no possibility.', ({ toks, i }) => {
    const next = toks[i + 1];
    if (!next || next.kind !== 'word' || isCapitalWord(next) || NOT_AN_ADJECTIVE.has(next.lower)) return false;
    // The adjective ends the clause or stands before its noun: „denkbar gering.“, „denkbar knappen Sieg“.
    const after = toks[i + 2];
    return !after || after.kind === 'punct' || isCapitalWord(after);
  }),
  // „eindeutige Hinweise“ are evidence, not a hedge.
  sense('clear-evidence', ['hinweise', 'hinweisen', 'anhaltspunkte', 'anhaltspunkten'], '„eindeutige Hinweise“ are evidence, not a hedge.', ({ toks, i }) => /^(eindeutig|klar|deutlich)/.test(toks[i - 1]?.lower ?? '')),
  // „bittet um Hinweise“, „sachdienliche Hinweise an die Polizei“: tips from the public, no indication.
  sense('tips', ['hinweise', 'hinweisen'], '„um Hinweise bitten“, „Hinweise an die Polizei“: tips, not indications.', ({ toks, i }) =>
    /^(um|sachdienliche|sachdienlichen|weitere|weiteren)$/.test(toks[i - 1]?.lower ?? '') || /^(an|aus|nimmt|nehmen|nahm|entgegen|geben|gaben|zur|zum)$/.test(toks[i + 1]?.lower ?? '')),
  // „Umbuchungen sind nicht mehr möglich“, „wenn möglich“, „Es ist möglich, eine Art zu retten“:
  // what can or cannot be done is no weighing of a chance („Es ist möglich, dass …“ is).
  sense('feasible', ['möglich'], '„nicht möglich“, „wenn möglich“, „möglich, … zu tun“, „nur mit … möglich“, „muss möglich sein“ say what can be done, not how likely something is.', ({ toks, i }) => {
    const before = [toks[i - 1]?.lower, toks[i - 2]?.lower];
    if (before.some((w) => w === 'nicht' || w === 'kaum' || w === 'nie')) return true;
    if (/^(wenn|sofern|falls|wo)$/.test(before[0] ?? '')) return true;
    // („Dann ist kein Einspruch mehr möglich“: „kein“ denies it in its clause.)
    const [a] = clauseBounds(toks, i);
    if (toks.slice(a, i).some((x) => /^kein(e|en|er|em)?$/.test(x.lower))) return true;
    // („möglich sein, … zu tun“: the copula may stand between; the comma may be missing.)
    const comma = /^(sein|werden|ist|war|sei|wäre|wird|geworden)$/.test(toks[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    const infinitive = toks[comma]?.text === ',' ? comma + 1 : comma;
    if (toks[infinitive]?.lower !== 'dass' && zuInfinitiveWithin(toks, infinitive)) return true;
    return feasibility(toks, i);
  }),
  // „Die Nudeln sind unsicher und gefährlich“, „gilt als unsicher“: unsafe, not uncertain („Der
  // Ausgang ist unsicher“, „war sich unsicher, ob …“ hedge).
  sense('unsafe', ['unsicher'], '„unsicher und gefährlich“, „als unsicher eingestuft“ mean unsafe, not uncertain.', ({ toks, i }) =>
    toks[i - 1]?.lower === 'als' || (/^(und|oder)$/.test(toks[i + 1]?.lower ?? '') && UNSAFE.test(toks[i + 2]?.lower ?? '')) || (/^(und|oder)$/.test(toks[i - 1]?.lower ?? '') && UNSAFE.test(toks[i - 2]?.lower ?? ''))),
  // „alle möglichen Instrumente“, „alles Mögliche“: any at all, no chance weighed.
  sense('any-possible', ['mögliche', 'möglichen'], '„alle möglichen …“, „alles Mögliche“ mean „any“, not „possible“.', ({ toks, i }) => /^(alle|alles|allen|aller|allem)$/.test(toks[i - 1]?.lower ?? '')),
  // „scheinbar gegensätzliche Eigenschaften“, „nur scheinbar“: seemingly but not really, which
  // asserts that the appearance deceives; only „apparently“ („Es wird scheinbar ausgesetzt“) hedges.
  sense('seemingly', ['scheinbar'], '„scheinbar gegensätzliche Eigenschaften“, „nur scheinbar“ mean „seemingly, not really“; only „apparently“ hedges.', ({ toks, i }) => {
    if (toks[i - 1]?.lower === 'nur') return true;
    // (Before an adjective of a noun phrase, also after „zu“: „scheinbar zu milden Strafen“.)
    const adjective = toks[i + 1]?.lower === 'zu' ? i + 2 : i + 1;
    return adjectiveShape(toks[adjective]) && isCapitalWord(toks[adjective + 1]);
  }),
  // „ganz offensichtlich“, „Es ist offensichtlich, dass …“ assert the obvious; only „apparently“ hedges.
  sense('obvious', ['offensichtlich'], '„ganz offensichtlich“, „ist offensichtlich, dass“ mean „obviously“ (a booster), not „apparently“.', ({ toks, i }) => {
    const prev = toks[i - 1]?.lower ?? '', next = toks[i + 1];
    if (/^(ganz|sehr|allzu|zu|so|mehr|nur)$/.test(prev)) return true;
    return /^(ist|war|sei|wird|wurde|scheint)$/.test(prev) && (!next || next.kind !== 'word' || next.lower === 'dass');
  }),
  // „die Annahme von Geschenken“, „die Annahme des Angebots“ is acceptance; „die Annahme, dass …“ a belief.
  sense('acceptance', ['annahme'], '„die Annahme von Geschenken“, „die Annahme des Angebots“ is acceptance, not an assumption.', ({ toks, i }) =>
    /^(von|des|eines|einer|zur)$/.test(toks[i + 1]?.lower ?? '') && !toks.slice(i + 1, i + 9).some((x) => x.lower === 'dass')),
  // „Das könne man ausschließen“, „Man könnte die Landtage abschaffen“: with „man“, „können“ says
  // what one can or may do („kann man sein“ weighs a chance all the same).
  sense('impersonal-man', ['könne', 'könnte', 'könnten', 'kann'], '„könne man …“, „man könnte …“ say what one can or may do, not how likely something is.', ({ toks, i }) => {
    if (toks[i - 1]?.lower !== 'man' && toks[i + 1]?.lower !== 'man') return false;
    return !withSeinOrPerfect(clauseTail(toks, i));
  }),
  // „damit der Fall abgeschlossen werden könne“, „wie man vorgehen kann“, „mit wem er arbeiten
  // könne“: at the end of a purpose clause or an indirect question, „können“ says what can be done
  // or is asked about; it weighs no chance of its own („ob“ is left to the question's other words).
  sense('purpose-or-question', ['kann', 'können', 'könne'], '„damit … werden könne“, „wie man vorgehen kann“: in a purpose clause or an indirect question „können“ says what can be done.', ({ toks, i }) => {
    if (toks[i + 1] && toks[i + 1].kind !== 'punct') return false;
    const [a] = betweenPunctuation(toks, i);
    const first = toks[a]?.lower ?? '', second = toks[a + 1]?.lower ?? '';
    // (The modal closes its clause, so a direct question, which puts it second, is none of these.)
    if (first === 'damit' || (first !== 'ob' && QUESTION_WORD.test(first))) return true;
    return PREPOSITION_BEFORE_QUESTION.test(first) && /^(wem|wen|was|welche|welchem|welchen|welcher)$/.test(second);
  }),
  // „damit wir ihn aufstellen könnten“, „zu kurz, als dass man sie messen könnte“, „ohne dass er
  // sagen könnte, …“: in a purpose clause or a consequence that does not happen the Konjunktiv II
  // says what could be done, not how likely something is.
  // (So does a relative clause of means: „Boote, mit denen Lotsen auslaufen könnten“.)
  sense('purpose-or-counterfactual', ['könnte', 'könnten'], '„damit … könnten“, „als dass … könnte“, „ohne dass … könnte“, „mit denen … könnten“: a purpose, an unreal consequence or a means, no weighed chance.', ({ toks, i }) => {
    // (The modal closes its clause: „Damit könnte die Stadt sparen“ opens a main clause and weighs one.)
    if (toks[i + 1] && toks[i + 1].kind !== 'punct') return false;
    const [a] = betweenPunctuation(toks, i);
    const first = toks[a]?.lower ?? '', second = toks[a + 1]?.lower ?? '';
    return first === 'damit' || (/^(als|ohne)$/.test(first) && second === 'dass') || /^(womit|wodurch)$/.test(first)
      || (/^(mit|durch)$/.test(first) && /^(denen|dem|der|den|welchem|welcher|welchen)$/.test(second));
  }),
  // „mit den Medienberichten über die Risiken“ refers to reports already named: no vague source.
  sense('named-reports', ['medienberichten'], '„den Medienberichten über …“: reports the text refers to, not hearsay („Medienberichten zufolge“).', ({ toks, i }) =>
    /^(den|diesen|jenen|seinen|ihren|solchen|dessen|deren)$/.test(toks[i - 1]?.lower ?? '')),
  // „macht den Umbau möglich“ enables; it weighs no chance.
  sense('enabling', ['möglich'], '„möglich machen“ enables, it weighs no chance.', ({ toks, i }) =>
    [toks[i - 1], toks[i + 1], toks[i + 2]].some((x) => !!x && /^(machen|macht|machte|machten|gemacht|mache)$/.test(x.lower)) || toks.slice(Math.max(0, i - 8), i).some((x) => /^(macht|machen|machte|machten)$/.test(x.lower))),
  // „Die Planung ist zu optimistisch“ judges a plan; „Pessimistisch, wie ich bin, …“ is a trait. Only
  // someone optimistic about what will come („zeigte sich optimistisch, dass …“) weighs a chance.
  sense('too-optimistic', ['optimistisch', 'pessimistisch'], '„zu optimistisch“ judges a plan or figure and „optimistisch, wie ich bin“ names a trait; neither weighs a chance.', ({ toks, i }) =>
    toks[i - 1]?.lower === 'zu' || (toks[i + 1]?.text === ',' && toks[i + 2]?.lower === 'wie')),
];

export const BELIEF_VERB_SENSES: readonly SenseGuard[] = [
  // Capitalised forms mid-sentence are nouns: „den Glauben“, „das Denken“.
  sense('noun', ['*'], 'A capitalised verb form mid-sentence is a noun („den Glauben“, „das Denken“).', ({ toks, i }) => isCapitalWord(toks[i]) && i > 0 && toks[i - 1].text !== '„'),
  // „zweifelt nicht an …“, „niemand zweifelt“ deny a doubt.
  sense('zweifelt-nicht', ['zweifeln'], '„zweifelt nicht an …“, „niemand zweifelt“ deny a doubt: they affirm.', ({ toks, i }) => NEGATION.test(toks[i + 1]?.lower ?? '') || NEGATION.test(toks[i - 1]?.lower ?? '')),
  // „meinen Sohn“, „meine Familie“ are possessives.
  sense('possessive-meinen', ['meinen'], '„meinen Sohn“, „meine Familie“ are possessives, not „meinen“ = think.', ({ toks, i }) => {
    const t = toks[i], next = toks[i + 1], prev = toks[i - 1];
    if (t.lower === 'meine' || t.lower === 'meinen') {
      if (isCapitalWord(next) || (next && next.kind === 'word' && /e[nmrs]?$/.test(next.lower) && isCapitalWord(toks[i + 2]))) return true;
      return !(PRONOUN_SUBJECTS.has(next?.lower ?? '') || PRONOUN_SUBJECTS.has(prev?.lower ?? '') || isCapitalWord(prev));
    }
    return t.lower === 'gemeint';
  }),
  // „…, meinte der Trainer.“, „Die Ministerin meinte: …“: in news „meinen“ with a named speaker
  // frames what was said, like „sagte“ (attribution, not a hedge); „Beobachter meinen“, „ich
  // meine“ stay opinions.
  sense('meinen-as-saying', ['meinen'], '„…, meinte der Trainer“: „meinen“ with a named speaker as a frame is attribution, like „sagte“.', ({ toks, i, lex }) => {
    if (!/^(meint|meinte|meinten)$/.test(toks[i].lower)) return false;
    // (The frame's comma or colon stands next to the verb — „meinte, man müsse …“ — or after its
    // subject: „Dazu meinte der Landeshauptmann: …“.)
    const [, b] = clauseBounds(toks, i);
    const frame = /^[,:]$/.test(toks[i - 1]?.text ?? '') || /^[,:]$/.test(toks[i + 1]?.text ?? '') || /^[,:]$/.test(toks[b + 1]?.text ?? '');
    // (The subject stands next to the verb, not past the frame's comma: „Die Lotsin meinte, man müsse …“.)
    const after = toks.slice(i + 1, i + 3);
    const beforeComma = after.findIndex((x) => x.kind !== 'word');
    const near = [...toks.slice(Math.max(0, i - 2), i), ...(beforeComma < 0 ? after : after.slice(0, beforeComma))];
    return frame && vagueOr(toks, i, lex, 'belief') !== 'vague_source' && !near.some((x) => /^(ich|wir|man)$/.test(x.lower) || SOME_PEOPLE.test(x.lower));
  }),
  // „Das meine ich damit“, „meint damit nicht …“, „Damit meinte sie …“: what words mean, no opinion.
  sense('meinen-mit', ['meinen'], '„meint damit“, „meine ich mit“, „Damit meinte sie …“: what words mean, not an opinion.', ({ toks, i }) =>
    toks[i - 1]?.lower === 'damit' || toks.slice(i + 1, i + 4).some((x) => x.lower === 'damit' || x.lower === 'mit')),
  // „Ein Liegeplatz meint jeweils eine Stelle am Kai“, „meint er einen Konflikt“: with a noun phrase as its
  // object „meinen“ refers to something; an opinion takes a clause.
  sense('meinen-denotes', ['meinen'], '„meint eine Stelle am Kai“: with a noun phrase as object „meinen“ refers, it states no opinion.', ({ toks, i }) => {
    if (!/^(meint|meinte|meinten|meine|meinen)$/.test(toks[i].lower)) return false;
    const [, b] = clauseBounds(toks, i);
    if (toks[b + 1]?.text === ',' || toks[b + 1]?.text === ':') return false;
    // (Not the subject right after the verb: „meinte der Fraktionschef: …“.)
    for (let k = i + 1; k <= Math.min(b, i + 4); k++) {
      const article = k === i + 1 ? /^(einen|den)$/ : /^(ein|eine|einen|den|die|das)$/;
      if (article.test(toks[k].lower) && isCapitalWord(toks[k + 1]) && k + 1 <= b) return true;
    }
    return false;
  }),
  // („ich denke da an …“, „man denke nur an …“: an example brought to mind, past a particle.)
  sense('denken-an', ['denken'], '„denken“ hedges as „ich denke“, „wir denken“ or before a dass-clause („Fachleute denken, dass …“); not „denkt an“.', ({ toks, i }) =>
    thinksOf(toks, i) || !(toks[i].lower === 'denke' || PRONOUN_SUBJECTS.has(toks[i + 1]?.lower ?? '') || PRONOUN_SUBJECTS.has(toks[i - 1]?.lower ?? '') || beforeDass(toks, i))),
  // An estimate comes with a figure or a clause; „schätzt die Arbeit“ is appreciation.
  sense('appreciation', ['schätzen'], '„schätzen“ estimates only with a figure or a clause; „schätzt die Arbeit“ appreciates.', ({ toks, i }) => {
    // (The figure's „auf“ stands in the verb's own clause: „schätzt den Schaden auf …“.)
    // („Ich schätze, der Kai hält …“: after „ich/wir“ a clause after the comma is the estimate; not
    // „indem wir die Unterschiede schätzen, …“ or „kann sich glücklich schätzen, …“.)
    if (toks[i + 1]?.text === ',' && /^(ich|wir)$/.test(toks[i - 1]?.lower ?? '')) return false;
    // „schätzen gelernt“, „weiß … zu schätzen“: coming to value, knowing the worth.
    const [a, b] = clauseBounds(toks, i);
    if (/^(lernen|gelernt|lernte|lernten)$/.test(toks[i + 1]?.lower ?? '') || (toks[i - 1]?.lower === 'zu' && toks.slice(a, b + 1).some((x) => /^(wissen|weiß|weißt|wusste|wussten|gewusst|lernen|lernt|lernte|lernten|gelernt)$/.test(x.lower)))) return true;
    return !(toks.some((x) => x.kind === 'number' || x.lower === 'dass') || toks.slice(a, b + 1).some((x) => x.lower === 'auf'));
  }),
  // „wie erwartet“, „stärker als erwartet“, „wie es zu erwarten war“ compare with what came true.
  sense('as-expected', ['erwarten'], '„wie erwartet“, „besser als erwartet“ compare with an outcome that is known.', ({ toks, i }) => {
    const prev = toks[i - 1]?.lower ?? '';
    return prev === 'wie' || prev === 'als' || (prev === 'zu' && toks.slice(Math.max(0, i - 4), i - 1).some((x) => x.lower === 'wie'));
  }),
  // „weiß, was sie erwartet“, „Zudem erwartet einen eine Rückkehr …“: what awaits someone, no prediction.
  sense('awaits', ['erwarten'], '„was sie erwartet“, „erwartet einen …“: what awaits someone, not an expectation.', ({ toks, i }) => {
    // „kann es kaum erwarten“: eagerness, no expectation weighed.
    if (toks[i - 2]?.lower === 'es' && /^(kaum|nicht)$/.test(toks[i - 1]?.lower ?? '')) return true;
    // „was ihn dort erwarten würde“: „was“ is the subject, an object pronoun names who is awaited.
    if (toks[i].lower !== 'erwartet') return awaitedObject(toks, i);
    const object = /^(uns|ihn|euch|dich|mich|ihnen)$/;
    // („einen“ is the pronoun only before another article: „erwartet einen eine Rückkehr“, not „erwartet einen Gewinn“.)
    const einen = (k: number) => toks[k]?.lower === 'einen' && /^(ein|eine|einer|der|die|das|kein|keine)$/.test(toks[k + 1]?.lower ?? '');
    // („Den Sieger erwartet ein Preisgeld“: an object put first, the thing that awaits after the verb.)
    const [a] = clauseBounds(toks, i);
    const objectFirst = /^(den|dem)$/.test(toks[a]?.lower ?? '') && /^(ein|eine|kein|keine)$/.test(toks[i + 1]?.lower ?? '');
    // („was sie in Deutschland erwartet“: „was“ and the pronoun open the clause, before the middle
    // field; „was sie vom Winter erwartet“ expects something of someone.)
    const awaited = toks[a]?.lower === 'was' && /^(sie|ihn|uns|einen|euch)$/.test(toks[a + 1]?.lower ?? '') && a + 1 < i && !toks.slice(a + 2, i).some((x) => /^(von|vom)$/.test(x.lower));
    return objectFirst || awaited || object.test(toks[i + 1]?.lower ?? '') || object.test(toks[i - 1]?.lower ?? '') || einen(i + 1);
  }),
  // „fürchtet sich vor Stürmen“, „fürchten um ihre Jobs“: fear and worry, no claim weighed.
  sense('fear-of', ['fürchten'], '„fürchtet sich vor …“, „fürchten um …“: fear or worry, not a belief about a claim.', ({ toks, i }) =>
    /^(sich|um)$/.test(toks[i + 1]?.lower ?? '') || (toks[i + 1]?.kind === 'word' && /^(sich|um)$/.test(toks[i + 2]?.lower ?? '') && /^(er|sie|es|man)$/.test(toks[i + 1].lower))),
  // „Die Sonne scheint“: light shines; it seems nothing.
  sense('shine', ['scheinen'], '„Die Sonne scheint“: light shines, nothing seems.', ({ toks, i }) => {
    const [a, b] = clauseBounds(toks, i);
    return toks.slice(a, b + 1).some((x) => /^(sonne|mond|licht|lichter|sterne|lampe|lampen|scheinwerfer)$/.test(x.lower));
  }),
  // „meinte es gut mit ihm“: meant well, no opinion.
  sense('meant-well', ['meinen'], '„es gut/ernst meinen“: an intention, not an opinion.', ({ toks, i }) =>
    toks[i + 1]?.lower === 'es' && toks.slice(i + 2, i + 6).some((x) => /^(gut|ernst|ehrlich|böse|schlecht)$/.test(x.lower))),
  sense('glauben-an', ['glauben'], '„glauben an“ is faith, not belief about a claim (unless a dass-clause follows).', ({ toks, i }) => !(toks[i + 1]?.lower !== 'an' || toks.some((x) => x.lower === 'dass'))),
];


/** The first and last token around i with no punctuation between: „könne sich geirrt haben“ before „, räumte er ein“. */
function betweenPunctuation(toks: Token[], i: number): [number, number] {
  let a = i, b = i;
  while (a > 0 && toks[a - 1].kind !== 'punct') a--;
  while (b < toks.length - 1 && toks[b + 1].kind !== 'punct') b++;
  return [a, b];
}

/** A modal's verb group ends in „sein“ or a perfect („kann ein Fehler sein“, „könnte es gewesen sein“): it weighs a chance. */
function withSeinOrPerfect(tail: Token[]): boolean {
  return (tail.length > 0 && tail[tail.length - 1].lower === 'sein') || hasPerfectInfinitive(tail);
}

/** Particles between „denken“ and „an“: „ich denke da an …“, „man denke nur an …“, „denke dabei vor allem an …“. */
const THINKS_OF_PARTICLE = /^(da|dabei|hier|nur|etwa|zum|beispiel|vor|allem|zuerst|zunächst|auch|besonders|insbesondere|gern|gerne)$/;

/** „denkt an …“, with up to three particles between: thinking of something, no belief. */
function thinksOf(toks: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < toks.length; k++) {
    if (toks[k].lower === 'an') return true;
    if (!THINKS_OF_PARTICLE.test(toks[k].lower)) return false;
  }
  return false;
}

/** „was ihn … erwarten würde“: „was“ and an object pronoun open the clause of an „erwarten“ not in „erwartet“. */
function awaitedObject(toks: Token[], i: number): boolean {
  const [a] = clauseBounds(toks, i);
  return toks[a]?.lower === 'was' && /^(ihn|uns|euch|dich|mich|ihnen)$/.test(toks[a + 1]?.lower ?? '');
}

/** „bis“ before a date or a point in time, or „spätestens“: a deadline. */
function isDeadline(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  return toks[k].lower === 'spätestens' || (toks[k].lower === 'bis' && (next?.kind === 'number' || /^(ende|mitte|anfang|zum|spätestens)$/.test(next?.lower ?? '') || MONTH.test(next?.lower ?? '')));
}

/**
 * „Die Auszahlung soll bis Ende 2026 abgeschlossen sein“: a participle with „sein“ and a deadline
 * is the state planned for it, not a claimed past („soll … gewesen sein“, „worden sein“ stay claims).
 */
function stateByDeadline(toks: Token[], i: number, tail: Token[]): boolean {
  const n = tail.length;
  if (n < 2 || tail[n - 1].lower !== 'sein' || /^(gewesen|worden)$/.test(tail[n - 2].lower) || !hasPerfectInfinitive(tail)) return false;
  const [a, end] = clauseBounds(toks, i);
  for (let k = a; k <= end; k++) if (isDeadline(toks, k)) return true;
  return false;
}

/** Words that place a state in the future or in a plan: „soll 2030 fertig sein“, „soll künftig kostenlos sein“. */
const FUTURE_WORDS = /^(künftig|zukünftig|zukunft|demnächst|bald|morgen|übermorgen|spätestens|nächste|nächsten|nächstes|nächster|kommende|kommenden|kommendes|kommender|plänen|pläne|planung|planungen|geplant|vorgesehen|zeitplan|jahresende|monatsende|jahresmitte|jahresbeginn|jahresanfang)$/;
/** Months and seasons: with a preposition of time before them a date still to come (DEADLINE_MONTH). */
const MONTH = /^(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühjahr|sommer|herbst|winter)$/;
/** „im Mai“, „ab Juni“, „bis Herbst“, „Ende Juli“: a time still to come when the infinitive is present. */
const DEADLINE_MONTH = /^(im|ab|bis|ende|anfang|mitte|spätestens)$/;
/** „ab 23. November“, „am 12. Mai“, „bis zum 3. Juni“: a day of a month still to come. */
const DAY_BEFORE_MONTH = /^(am|ab|bis|zum|spätestens)$/;

/**
 * „Das Stadion soll 2030 fertig sein“, „Die Fähre soll künftig stündlich verkehren“: a present
 * infinitive with a future time or a plan states what is planned or foreseen, which is no hedge
 * (a claim about the past or present would be „soll … gewesen sein“, „soll sich … befinden“).
 */
export function plannedFuture(toks: Token[], i: number): boolean {
  const [a, end] = clauseBounds(toks, i);
  // (A verb-final modal closes its clause: „…, die verantwortlich sein soll, waren im Mai …“.)
  const b = toks[i + 1]?.text === ',' ? i : end;
  for (let k = a; k <= b; k++) {
    const t = toks[k];
    if (t.kind === 'word' && FUTURE_WORDS.test(t.lower)) return true;
    // (A bare year too: „soll 2030 fertig sein“; a claimed past takes the perfect, „soll 2019 … gewesen sein“, tested before.)
    // (Not a time since: „soll sich seit 2019 in Kiel aufhalten“ claims a state.)
    if (t.kind === 'number' && /^(19|20)\d\d$/.test(t.text) && !/^(seit|vor|von)$/.test(toks[k - 1]?.lower ?? '')) return true;
    if (t.kind === 'word' && MONTH.test(t.lower) && DEADLINE_MONTH.test(toks[k - 1]?.lower ?? '')) return true;
    // (A day before the month: „ab 23. November“, „am 12. Mai“.)
    if (t.kind === 'word' && MONTH.test(t.lower) && toks[k - 1]?.text === '.' && toks[k - 2]?.kind === 'number' && DAY_BEFORE_MONTH.test(toks[k - 3]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * A negated „mag“ that still weighs a chance: conceding („mögen zwar nicht …, aber“), of being
 * („mag nicht die beste Wahl sein“) or with a thing as subject („Das mag nicht reichen“, „mag dies
 * nicht leisten“); a person who „mag nicht warten“ is unwilling.
 */
function concessiveOrOfAThing(clause: Token[], toks: Token[], i: number, infinitive: string): boolean {
  if (infinitive === 'sein' || clause.some((x) => x.lower === 'zwar')) return true;
  const thing = /^(das|dies|dieses|es)$/;
  return (thing.test(toks[i - 1]?.lower ?? '') || thing.test(toks[i + 1]?.lower ?? '')) && !clause.some((x) => /^(er|sie|man)$/.test(x.lower));
}

