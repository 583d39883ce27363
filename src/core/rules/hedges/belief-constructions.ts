import type { Token } from '../../tokens';
import { clauseBounds, isCapitalWord, NEGATION, PARTICIPLE, SOME_PEOPLE, vagueOr, zuInfinitiveWithin } from './clause';
import { ARTICLE, AUXILIARIES } from '../../grammar/words';
import type { SeparableVerb } from '../../hedges';
import { found, type Found, type HedgeContext, type HedgeRule } from './context';

/** „gehen“ forms before „davon aus“ („geht davon aus“, „ist davon ausgegangen“). */
const GEHEN = new Set(['geht', 'gehen', 'ging', 'gingen', 'gehe', 'gehst', 'gegangen']);
const RECHNEN = new Set(['rechnet', 'rechnen', 'rechnete', 'rechneten', 'rechne', 'gerechnet']);

/** „geht/ging (dabei) davon aus“, „wird davon ausgegangen“, „muss davon ausgehen“: the cue runs from the verb to „aus“. */
export const davonAusgehen: HedgeRule = {
  id: 'hedges/davon-ausgehen',
  description: '„davon ausgehen“ („geht davon aus“, „wird davon ausgegangen“): a belief.',
  appliesTo: (w) => w === 'davon',
  match({ toks, i, lex }: HedgeContext): Found | null {
    if (!(toks[i].lower === 'davon' && (toks[i + 1]?.lower === 'aus' || /^aus(gehen|gegangen|zugehen)$/.test(toks[i + 1]?.lower ?? '')))) return null;
    let v = i;
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) if (GEHEN.has(toks[k].lower)) { v = k; break; }
    return found(toks, v, i + 1, vagueOr(toks, v, lex, 'belief'), davonAusgehen.id);
  },
};

/**
 * „geht die Behörde von einem Problem aus“, „Die Spuren deuten auf einen Unfall hin“, „Die Daten
 * legen einen Fehler nahe“, „Die Polizei nimmt an, dass …“: a belief or indication verb whose
 * particle closes its clause (lexicon: separableVerbs). The finite verb carries the cue.
 */
export const separableBeliefVerb: HedgeRule = {
  id: 'hedges/separable-belief-verb',
  description: '„geht … von … aus“, „deuten … auf … hin“, „legen … nahe“, „nimmt an, dass“: a belief or indication verb with its particle at the clause end.',
  appliesTo: (_w, entry) => !!entry?.separable,
  match({ toks, i, lex }: HedgeContext): Found | null {
    for (const verb of lex.lookup(toks[i].lower)?.separable ?? []) {
      if (verb.joined) {
        if (joinedAt(toks, i, verb)) return found(toks, i, i, vagueOr(toks, i, lex, 'belief'), separableBeliefVerb.id);
        continue;
      }
      const [a, b] = clauseBounds(toks, i);
      if (toks[b].lower !== verb.particle || b <= i) continue;
      // („geht … davon aus“ is davon-ausgehen's.)
      if (verb.needs && !toks.slice(i + 1, b).some((x) => (verb.needs === 'von' ? x.lower === 'von' : standsFor(x, verb.needs!)))) continue;
      if (verb.then && !toks.slice(b + 1, b + 3).some((x) => x.lower === verb.then)) continue;
      if (originates(verb, toks.slice(a, b))) continue;
      return found(toks, i, i, vagueOr(toks, i, lex, 'belief'), separableBeliefVerb.id);
    }
    return null;
  },
};

/**
 * A joined form closes its clause, or stands before its auxiliary („…, die auf einen Brand hindeuten“,
 * „muss von einem Unfall ausgehen“, „nicht ausschließen könne“): `needs` stands before it in the
 * clause, `then` right after it.
 */
function joinedAt(toks: Token[], i: number, verb: SeparableVerb): boolean {
  const next = toks[i + 1];
  if (next && next.kind === 'word' && !AUXILIARIES.has(next.lower) && !/^(lässt|ließ)$/.test(next.lower)) return false;
  const [a] = clauseBounds(toks, i);
  const before = toks.slice(a, i);
  if (verb.needs && !before.some((x) => standsFor(x, verb.needs!))) return false;
  if (verb.then && !toks.slice(i + 1, i + 3).some((x) => x.lower === verb.then)) return false;
  return !originates(verb, before);
}

/** The needed word, or the pronominal adverb standing for it: „deuten allerdings darauf hin, dass …“. */
function standsFor(x: Token, needs: string): boolean {
  return x.lower === needs || x.lower === `da${needs}` || x.lower === `dar${needs}`;
}

/** What emanates or originates is no belief: „Die Gefahr geht vom Kai aus“, „Die Initiative ist von den Lotsen ausgegangen“. */
function originates(verb: SeparableVerb, clause: Token[]): boolean {
  return verb.particle === 'aus' && verb.needs === 'von' && clause.some((x) => EMANATES.test(x.lower));
}
const EMANATES = /(gefahr|gefahren|bedrohung|risiko|risiken|signal|signale|wirkung|impuls|impulse|reiz|faszination|strahlung|lärm|geruch|druck|initiative|anregung|anstoß)$/;

/** Participles of accusing and suspecting. */
const ACCUSED = new Set(['vorgeworfen', 'beschuldigt', 'verdächtigt', 'angelastet', 'bezichtigt']);
/** The passive auxiliary, in Konjunktiv too: „Er werde des Mordes beschuldigt“. */
const PASSIVE = /^(wird|werden|wurde|wurden|worden|werde|würde|würden)$/;
/** Where the clause of the participle begins: a sentence break or a subordinating word. */
const CLAUSE_START = /^(dass|weil|ob|wenn|nachdem|obwohl|während|da)$/;

/**
 * „Dem Konzern werden Betrug, Geldwäsche und Untreue vorgeworfen“, „Ihm wird von der Anklage
 * vorgeworfen, …“: an accusation in the passive presents what it names as claimed, however many
 * words stand between auxiliary and participle (lists carry commas). The active „X hat Y
 * vorgeworfen“ names its accuser and is attribution.
 */
export const passiveAccusation: HedgeRule = {
  id: 'hedges/passive-accusation',
  description: '„Ihm werden Betrug und Untreue vorgeworfen“: an accusation or suspicion in the passive.',
  appliesTo: (w) => ACCUSED.has(w),
  match({ toks, i }: HedgeContext): Found | null {
    if (!ACCUSED.has(toks[i].lower)) return null;
    if (toks[i + 1]?.lower === 'worden') return found(toks, i, i, 'belief', passiveAccusation.id);
    let comma = false;
    for (let k = i - 1; k >= Math.max(0, i - 25); k--) {
      const w = toks[k];
      if (/^[.!?;:]$/.test(w.text) || w.kind === 'quote' || CLAUSE_START.test(w.lower) || /^(hat|hatte|haben|hatten|habe)$/.test(w.lower)) return null;
      if (PASSIVE.test(w.lower)) return found(toks, k, i, 'belief', passiveAccusation.id);
      // The state passive „ist der Untreue beschuldigt“ is one too; its „ist“ stands in the same
      // stretch without a comma („Sie war es, die ihn beschuldigt hatte“ is active).
      if (!comma && STATE_PASSIVE.test(w.lower) && toks[k - 1]?.lower !== 'es' && toks[k + 1]?.lower !== 'es') return found(toks, k, i, 'belief', passiveAccusation.id);
      if (w.text === ',') comma = true;
    }
    return null;
  },
};
const STATE_PASSIVE = /^(ist|sind|war|waren|sei|seien|wäre|wären)$/;

/** The noun „Beschuldigte“ and its forms: someone under suspicion in criminal procedure. */
const ACCUSED_PERSONS = ['beschuldigte', 'beschuldigten', 'beschuldigter', 'beschuldigtem', 'mitbeschuldigte', 'mitbeschuldigten', 'mitbeschuldigter'];
const ACCUSED_PERSON = new RegExp(`^(${ACCUSED_PERSONS.join('|')})$`);

/**
 * „Der Beschuldigte bestreitet das“, „gegen 13 weitere Beschuldigte“, „des beschuldigten
 * Polizisten“: like „Tatverdächtige“ the word names a person as suspected. The past tense „Die
 * Anklage beschuldigte ihn“ is a named accusation (attribution): lower case, no noun after it.
 */
export const accusedPerson: HedgeRule = {
  id: 'hedges/accused-person',
  description: '„der Beschuldigte“, „des beschuldigten Polizisten“: a person under suspicion (like „Tatverdächtige“).',
  appliesTo: (w) => ACCUSED_PERSON.test(w),
  match({ toks, i }: HedgeContext): Found | null {
    const t = toks[i], prev = toks[i - 1], next = toks[i + 1];
    if (!ACCUSED_PERSON.test(t.lower)) return null;
    const sentenceStart = !prev || /^[.!?:]$/.test(prev.text) || prev.kind === 'quote';
    // (A verb first in its sentence is followed by its subject: „Beschuldigte er damit den Minister?“.)
    const noun = isCapitalWord(t) && !(sentenceStart && next?.kind === 'word' && /^(er|sie|es|man|der|die|das|den|dem|ein|eine)$/.test(next.lower));
    const attributive = !isCapitalWord(t) && !!prev && ARTICLE.test(prev.lower) && isCapitalWord(next);
    return noun || attributive ? found(toks, i, i, 'belief', accusedPerson.id) : null;
  },
};

const GELTEN = new Set(['gilt', 'galt', 'gelten', 'galten', 'gelte', 'gälte']);

/**
 * „…, der als Favorit gilt“, „weil sie als sicher galt“: „gelten als“ verb-final, with „als“ before
 * the verb in its clause; and „Als Favorit gilt …“ with „als“ opening the clause (the order
 * „gilt nach Ansicht vieler als“ is a phrase with a gap).
 */
export const geltenAlsVerbLast: HedgeRule = {
  id: 'hedges/gelten-als-verb-last',
  description: '„…, der als Favorit gilt“, „Als Favorit gilt …“: „gelten als“ with „als“ before the verb.',
  appliesTo: (w) => GELTEN.has(w),
  match({ toks, i }: HedgeContext): Found | null {
    if (!GELTEN.has(toks[i].lower)) return null;
    // Verb-second with „als“ in front of it: „Als Favorit gilt die Ministerin“ (the „als“ opens the clause).
    const verbSecond = toks[i + 1]?.kind === 'word' && !/^(und|oder|hatte|hat|habe)$/.test(toks[i + 1].lower);
    // (A rule or a definition is no reputation: „Als Grundsatz soll gelten“, „um als Oldtimer zu gelten“.)
    if (toks[i - 1]?.lower === 'zu') return null;
    for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
      if (toks[k].kind !== 'word' || MODAL.test(toks[k].lower)) return null;
      if (toks[k].lower === 'als') {
        const [a] = clauseBounds(toks, i);
        if (verbSecond && k !== a) return null;
        return toks.slice(a, k).some((x) => MODAL.test(x.lower)) ? null : found(toks, k, i, 'belief', geltenAlsVerbLast.id);
      }
    }
    return null;
  },
};
const MODAL = /^(kann|können|soll|sollen|muss|müssen|darf|dürfen|mag)$/;

/** „rechnet mit einer Einigung“, „rechnen damit, dass …“: an expectation. */
export const rechnenMit: HedgeRule = {
  id: 'hedges/rechnen-mit',
  description: '„rechnen mit“: an expectation.',
  appliesTo: (w) => RECHNEN.has(w),
  match({ toks, i, lex }: HedgeContext): Found | null {
    if (!RECHNEN.has(toks[i].lower)) return null;
    const after = withAfter(toks, i);
    if (!after && !withBefore(toks, i)) return null;
    return found(toks, i, i, vagueOr(toks, i, lex, 'belief'), rechnenMit.id);
  },
};

const WORRY = new Set(['sorgen', 'sorgt', 'sorgte', 'sorgten', 'sorge', 'besorgt']);

/**
 * „Die Lotsen sorgen sich, dass der Kai bricht“, „ist besorgt, dass …“: a worry about a possible
 * event, like „befürchten“. Only with the worry's dass-clause: „sorgt für Ordnung“ takes care,
 * „sorgt dafür, dass …“ sees to it.
 */
export const worryThat: HedgeRule = {
  id: 'hedges/worry-that',
  description: '„sich sorgen, dass …“, „besorgt, dass …“: a worry about a possible event.',
  appliesTo: (w) => WORRY.has(w),
  match({ toks, i, lex }: HedgeContext): Found | null {
    const w = toks[i].lower;
    if (!WORRY.has(w) || toks[i].text !== w) return null;
    // („sich“ belongs to the verb: „sorgen sich“, „sich … sorgen“; „besorgt“ needs none.)
    let k = i + 1;
    if (w !== 'besorgt') {
      if (toks[k]?.lower === 'sich') k++;
      else if (toks[i - 1]?.lower !== 'sich') return null;
    }
    while (k < i + 4 && toks[k]?.kind === 'word' && !/^(dafür|darum|für)$/.test(toks[k].lower)) k++;
    return toks[k]?.text === ',' && toks[k + 1]?.lower === 'dass' ? found(toks, i, i, vagueOr(toks, i, lex, 'belief'), worryThat.id) : null;
  },
};

/** „rechnet mit …“, „rechnet das Unternehmen aus Kiel nur noch mit …“: „mit“ later in the clause, before any punctuation (not „rechnet sich … aus“). */
function withAfter(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(toks.length, i + 13); k++) {
    const w = toks[k];
    if (w.kind === 'punct' || w.kind === 'quote' || (k === i + 1 && w.lower === 'sich') || w.lower === 'vor') return false;
    if (w.lower === 'mit' || w.lower === 'damit') return !particleClosesClause(toks, k);
  }
  return false;
}

/**
 * Whether a separable particle closes the clause after k: „rechnete mit dem Minister aus, dass …“
 * (ausrechnen), „rechnet mit der Regierung ab“ (abrechnen) calculate or settle, expecting nothing.
 */
function particleClosesClause(toks: Token[], k: number): boolean {
  // (Up to a coordinated verb's clause: „rechneten mit Kosten … und winkten ab“.)
  let e = k;
  while (e + 1 < toks.length && toks[e + 1].kind !== 'punct' && toks[e + 1].kind !== 'quote' && !/^(und|oder|aber|sowie)$/.test(toks[e + 1].lower) && e - k < 25) e++;
  return /^(aus|ab|vor|hoch|nach|zusammen|um|durch)$/.test(toks[e].lower) && e > k + 1;
}

/**
 * Verb-final or as an infinitive the object comes first: „… mit einem Rückgang rechnen“, „damit
 * rechnen müssen, dass …“, „Mit Streiks ist zu rechnen“ — within the clause, not „mit Zahlen
 * rechnen“ (calculating) or „sich rechnen“ (paying off).
 */
function withBefore(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 16); k--) {
    const w = toks[k];
    if (w.kind === 'punct' || w.kind === 'quote' || w.lower === 'sich') return false;
    if (w.lower === 'damit') return true;
    if (w.lower === 'mit') return !CALCULATED.test(toks[k + 1]?.lower ?? '') && !CALCULATED.test(toks[k + 2]?.lower ?? '');
  }
  return false;
}
const CALCULATED = /^(zahlen|ziffern|formeln|brüchen|werten)$/;

/** Nouns of risk and possibility: a hedge when they name one specific uncertain event. */
const RISK_NOUNS = new Set(['gefahr', 'risiko', 'chance', 'chancen', 'möglichkeit', 'aussicht', 'aussichten', 'sorge', 'angst', 'erwartung', 'erwartungen']);
/** Fears and expectations weigh an event only through their dass-clause („die Sorge, dass …“; „Sorge um den Kai“ weighs none). */
const CLAUSE_ONLY = new Set(['sorge', 'angst', 'erwartung', 'erwartungen']);
const NEGATING = /^(kein|keine|keinen|keiner|keinerlei|ohne)$/;
/** Words before „Chance(n)“ that weigh the odds („gute“, „beste“, „geringe“, „wenig“, „kaum“): a likelihood, no mere opportunity. */
const WEIGHED_CHANCE = /^(gut|groß|gering|klein|realistisch|intakt|reell|hoh|bess|best|schlecht|wenig|kaum|minimal)/;
/** Verbal nouns of an event: „Entstehung“, „Scheiterns“, „Dammbruchs“, „Absturzes“. */
const EVENT_NOUN = /(ung|ens|bruchs|bruches|falls|sturzes|stiegs|ausbruchs)$/;

/**
 * „die Gefahr, dass der Damm bricht“, „gute Chancen, es zu schaffen“, „das Risiko eines Ausfalls“:
 * a noun of risk or possibility hedges when it governs the event it weighs — a dass/ob-clause, a
 * zu-infinitive or an event in the genitive. General risk („Lebensgefahr“, „das Risiko steigt“),
 * a state („in Gefahr“, „außer Gefahr“) and a denied chance („keine Chance“) hedge nothing.
 */
export const riskOfEvent: HedgeRule = {
  id: 'hedges/risk-of-event',
  description: '„die Gefahr, dass …“, „Chancen, … zu …“, „das Risiko eines …“: a noun of risk or possibility governing a specific event.',
  appliesTo: (w) => RISK_NOUNS.has(w),
  match({ toks, i }: HedgeContext): Found | null {
    const t = toks[i];
    if (!RISK_NOUNS.has(t.lower) || t.text === t.lower) return null;
    const prev = toks[i - 1]?.lower ?? '';
    // (Also past an adjective: „ohne realistische Chance“.)
    if (NEGATING.test(prev) || NEGATING.test(toks[i - 2]?.lower ?? '') || /^(in|außer|auf)$/.test(prev)) return null;
    const next = toks[i + 1];
    if (!next) return null;
    // A zu-infinitive after „Möglichkeit“ or a bare „Chance“ is an opportunity („die Möglichkeit, sich
    // zu informieren“, „bekam die Chance, sich zu beweisen“); after a risk, or a chance that is
    // weighed („gute Chancen, … zu …“), it is the uncertain event.
    const weighsOdds = /^(gefahr|risiko)$/.test(t.lower) || (/^chancen?$/.test(t.lower) && WEIGHED_CHANCE.test(prev));
    const governsClause = next.text === ',' && (/^(dass|ob)$/.test(toks[i + 2]?.lower ?? '') || (weighsOdds && zuInfinitiveWithin(toks, i + 2)));
    if (CLAUSE_ONLY.has(t.lower)) return next.text === ',' && toks[i + 2]?.lower === 'dass' ? found(toks, i, i, 'belief', riskOfEvent.id) : null;
    const governsEvent = /^(eines|einer)$/.test(next.lower) && isCapitalWord(toks[i + 2]) || (next.lower === 'auf' && /^(einen|eine|ein)$/.test(toks[i + 2]?.lower ?? ''))
      // A weighed chance of what may come: „beste Chancen auf den Titel“, „kaum Chancen zum Sieg“.
      || (weighsOdds && /^chancen?$/.test(t.lower) && /^(auf|zur|zum)$/.test(next.lower))
      // A risk of a definite event names it as a verbal noun: „die Gefahr des Dammbruchs“, „das
      // Risiko des Scheiterns“ (not the general risk „das Risiko der Atomkraft“).
      || (weighsOdds && /^(des|der)$/.test(next.lower) && isCapitalWord(toks[i + 2]) && EVENT_NOUN.test(toks[i + 2].lower))
      // „… die Gefahr besteht, dass …“, „Die Gefahr nehme zu, dass …“: the clause after a short verb group.
      || (weighsOdds && extraposedDass(toks, i + 1));
    return governsClause || governsEvent ? found(toks, i, i, 'epistemic', riskOfEvent.id) : null;
  },
};


/** Up to three lower-case words (the verb group: „besteht“, „nehme zu“, „ist gewachsen“), then „, dass“; none of them a negation. */
function extraposedDass(toks: Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < toks.length; k++) {
    const x = toks[k];
    if (x.text === ',') return k > from && toks[k + 1]?.lower === 'dass';
    if (x.kind !== 'word' || x.text !== x.lower || NEGATION.test(x.lower)) return false;
  }
  return toks[from + 3]?.text === ',' && toks[from + 4]?.lower === 'dass';
}

/** „Regierungskreisen“, „Sicherheitskreise“: a circle of people (or a district: see DISTRICTS); the hedge gate opens on it too. */
export const namesCircles = (lower: string): boolean => lower.endsWith('kreisen') || lower.endsWith('kreise');

/** Territorial „Kreise“ are districts, not circles of people: „in drei Landkreisen“. */
const DISTRICTS = /(land|stadt|wahl|verwaltungs|amts)kreise[n]?$/;

/**
 * „aus Regierungskreisen“, „Sicherheitskreisen zufolge“, „aus gut unterrichteten Quellen“, „einer
 * Quelle zufolge“: a source left unnamed, by a circle of people or an anonymous source — with the
 * hearsay verb after it („wie es in Regierungskreisen hieß“, as the guideline marks „hieß“).
 */
export const unnamedSource: HedgeRule = {
  id: 'hedges/unnamed-source',
  description: '„aus Regierungskreisen“, „Quellen zufolge“, „unter Berufung auf Insider“, „mit dem Vorgang vertraute Personen“: a claim from circles or sources left unnamed.',
  appliesTo: (w) => w === 'aus' || w === 'in' || w === 'zufolge' || w === 'berufung' || w === 'mit',
  match({ toks, i }: HedgeContext): Found | null {
    const isSourceWord = (t: Token | undefined) => !!t && t.kind === 'word' && t.text[0] !== t.lower[0] && (namesCircles(t.lower) || SOURCES.test(t.lower)) && !DISTRICTS.test(t.lower);
    if (toks[i].lower === 'mit') {
      const familiar = familiarPeople(toks, i);
      return familiar >= 0 ? found(toks, i, familiar, 'vague_source', unnamedSource.id) : null;
    }
    if (toks[i].lower === 'berufung') {
      // „unter Berufung auf (anonyme) Insider“, „… auf mit den Plänen vertraute Personen“.
      if (toks[i - 1]?.lower !== 'unter' || toks[i + 1]?.lower !== 'auf') return null;
      const familiar = familiarPeople(toks, i + 2);
      if (familiar >= 0) return found(toks, i - 1, familiar, 'vague_source', unnamedSource.id);
      for (let k = i + 2; k <= i + 4 && k < toks.length; k++) {
        if (isSourceWord(toks[k])) return found(toks, i - 1, k, 'vague_source', unnamedSource.id);
        if (toks[k].kind !== 'word' || toks[k].text[0] !== toks[k].lower[0]) break;
      }
      return null;
    }
    if (toks[i].lower === 'aus' || toks[i].lower === 'in') {
      // („hieß es aus Kreisen der Reederei“: the hearsay verb before carries the cue.)
      if (hearsayBefore(toks, i)) return null;
      // „aus (gut unterrichteten) Regierungskreisen“: up to two adjectives before the noun. (A
      // genitive after it leaves the source vague all the same: „aus Kreisen der Polizei“.)
      for (let k = i + 1; k <= i + 3 && k < toks.length; k++) {
        if (isSourceWord(toks[k])) {
          // The cue reaches to the hearsay verb after the source: „wie es aus Kreisen der Reederei
          // hieß“, „In Hafenkreisen heißt es“. „in“ hedges only with one: „in Hafenkreisen“ alone is a place.
          const verb = hearsayAfter(toks, k);
          if (verb < 0 && toks[i].lower === 'in') return null;
          return found(toks, i, Math.max(k, verb), 'vague_source', unnamedSource.id);
        }
        // (Only lower-case adjectives stand between: „aus dem Verkehr“ or „aus Berlin“ end the search.)
        if (toks[k].kind !== 'word' || toks[k].text[0] !== toks[k].lower[0]) break;
      }
      return null;
    }
    // „Sicherheitskreisen zufolge“, „einer Quelle zufolge“.
    const k = i - 1;
    return toks[i].lower === 'zufolge' && isSourceWord(toks[k]) ? found(toks, k, i, 'vague_source', unnamedSource.id) : null;
  },
};

/** Sources as people, not as springs or causes: „Geheimdienstquellen“, not „Energiequellen“ or „Fehlerquelle“. */
const SOURCES = /^((geheimdienst|nachrichtendienst|regierungs|sicherheits|polizei|militär|diplomaten|partei|justiz|ermittler|ermittlungs|unternehmens|branchen|verhandlungs|behörden|koalitions|fraktions)?quellen?|insider|insidern|informanten)$/;

/** People who stand for an unnamed source: „vertraute Personen“, „informierte Kreise“. */
const UNNAMED_PEOPLE = /^(personen|person|kreise|kreisen|quellen|quelle|insider|insidern|leute|leuten|menschen)$/;

/**
 * „mit dem Vorgang vertraute Personen“, „mit der Sache vertrauten Kreisen“: the news agencies'
 * formula for a source who may not be named. The last token of the people, or -1. (A noun of
 * trade after „vertraute“ is expertise, not a source: „mit dem Hafen vertraute Lotsen“.)
 */
function familiarPeople(toks: Token[], m: number): number {
  if (toks[m]?.lower !== 'mit' || !/^(dem|der|den|diesem|dieser|diesen)$/.test(toks[m + 1]?.lower ?? '')) return -1;
  for (let k = m + 2; k <= m + 4 && k + 1 < toks.length; k++) {
    if (toks[k].kind !== 'word') return -1;
    if (/^vertrauten?$/.test(toks[k].lower)) return k > m + 2 && UNNAMED_PEOPLE.test(toks[k + 1].lower) && toks[k + 1].text !== toks[k + 1].lower ? k + 1 : -1;
  }
  return -1;
}

const HEARSAY_VERB = /^(heißt|hieß|hieße|verlautet|verlautete|verlautbart|verlautbarte)$/;

/** The last token of a hearsay verb closing the source's clause, with an inverted „es“ („heißt es“); -1 if none. */
function hearsayAfter(toks: Token[], k: number): number {
  for (let h = k + 1; h <= k + 6 && h < toks.length; h++) {
    if (toks[h].kind !== 'word') return -1;
    if (HEARSAY_VERB.test(toks[h].lower)) return toks[h + 1]?.lower === 'es' ? h + 1 : h;
  }
  return -1;
}

/** „hieß es (am Montag) aus …“: a hearsay verb with its „es“ a few words before. */
function hearsayBefore(toks: Token[], i: number): boolean {
  for (let h = i - 1; h >= Math.max(1, i - 4); h--) {
    if (toks[h].kind !== 'word') return false;
    if (toks[h].lower === 'es' && HEARSAY_VERB.test(toks[h - 1].lower)) return true;
  }
  return false;
}

/** Nouns of opinion that frame a view as someone's: „nach Ansicht“, „seiner Meinung nach“, „aus Sicht“. */
const OPINION_NOUNS = new Set(['meinung', 'ansicht', 'auffassung', 'einschätzung', 'überzeugung', 'sicht', 'dafürhalten', 'empfinden']);
const POSSESSIVE_OR_GENITIVE = /^(meiner|deiner|seiner|ihrer|unserer|eurer|der|dieser|eigener)$/;
/** Findings still preliminary or unofficial: „nach ersten Erkenntnissen“, „vorläufigen Ergebnissen zufolge“, „nach inoffiziellen Angaben“. */
const PRELIMINARY_WORDS = ['erste', 'ersten', 'erster', 'vorläufige', 'vorläufigen', 'vorläufiger', 'vorläufigem', 'bisherige', 'bisherigen', 'bisheriger', 'bisherigem', 'inoffizielle', 'inoffiziellen', 'inoffizieller',
  'derzeitigem', 'jetzigem', 'aktuellem', 'heutigem'];
const PRELIMINARY = new RegExp(`^(${PRELIMINARY_WORDS.join('|')})$`);
const FINDINGS = /^(erkenntnissen|erkenntnis|analyse|analysen|untersuchung|untersuchungen|ermittlungen|ermittlungsergebnissen|angaben|informationen|berichten|ergebnissen|schätzungen|einschätzung|auswertung|auswertungen|befunden|stand|kenntnisstand|wissensstand|erkenntnisstand|ermittlungsstand|bilanz|opferbilanz|endergebnis|ergebnis|zählung|auszählung|meldung|meldungen|hochrechnung)$/;

/**
 * A view framed as someone's, or findings framed as preliminary: „seiner Meinung nach“, „nach
 * eigener Einschätzung“, „aus Sicht der Lotsen“, „in den Augen vieler Anwohner“, „nach einer
 * ersten Analyse“, „vorläufigen Ergebnissen zufolge“. The fixed forms („nach Ansicht“) are phrases
 * of the lexicon; this rule takes the ones with words between.
 */
export const opinionFrame: HedgeRule = {
  id: 'hedges/opinion-frame',
  description: '„seiner Meinung nach“, „nach eigener Einschätzung“, „aus Sicht der …“, „in den Augen vieler …“, „nach ersten Erkenntnissen“: a view or preliminary findings.',
  appliesTo: (w) => w === 'nach' || w === 'laut' || w === 'aus' || w === 'in' || w === 'zufolge' || OPINION_NOUNS.has(w),
  match({ toks, i }: HedgeContext): Found | null {
    const w = toks[i].lower;
    const word = (k: number) => toks[k]?.kind === 'word' ? toks[k].lower : '';
    if (OPINION_NOUNS.has(w)) {
      // „seiner Meinung nach“, „ihrer Ansicht nach“ (the noun before its postposition).
      return word(i + 1) === 'nach' && POSSESSIVE_OR_GENITIVE.test(word(i - 1)) ? found(toks, i - 1, i + 1, 'belief', opinionFrame.id) : null;
    }
    if (w === 'in') {
      // „in den Augen der Anwohner“, „in den Augen vieler“.
      return word(i + 1) === 'den' && toks[i + 2]?.text === 'Augen' && /^(der|des|von|vieler|mancher|seiner|ihrer)$/.test(word(i + 3)) ? found(toks, i, i + 2, 'belief', opinionFrame.id) : null;
    }
    if (w === 'zufolge') {
      // „ersten Erkenntnissen zufolge“ (a noun of findings with a word of the preliminary before it).
      return FINDINGS.test(word(i - 1)) && PRELIMINARY.test(word(i - 2)) ? found(toks, i - 2, i, 'belief', opinionFrame.id) : null;
    }
    // „nach (einer) ersten Analyse“, „laut vorläufigem Endergebnis“, „nach eigener Einschätzung“, „aus
    // Sicht der …“, „aus eigener Sicht“: up to three lower-case words („einer vorläufigen amtlichen“), then the noun.
    for (let k = i + 1; k <= i + 4 && k < toks.length; k++) {
      const x = toks[k];
      if (x.kind !== 'word') return null;
      if (x.text === x.lower) continue;
      const between = toks.slice(i + 1, k);
      const owned = between.every((y) => POSSESSIVE_OR_GENITIVE.test(y.lower) || /^(eigene|eigenen)$/.test(y.lower));
      if ((w === 'nach' || w === 'laut') && FINDINGS.test(x.lower) && between.some((y) => PRELIMINARY.test(y.lower))) return found(toks, i, k, 'belief', opinionFrame.id);
      if (w === 'nach' && OPINION_NOUNS.has(x.lower) && x.lower !== 'sicht' && owned) return found(toks, i, k, 'belief', opinionFrame.id);
      if (w === 'aus' && x.lower === 'sicht' && owned) return found(toks, i, k, 'belief', opinionFrame.id);
      return null;
    }
    return null;
  },
};

const BEHAUPTEN = new Set(['behauptet', 'behaupten', 'behauptete', 'behaupteten', 'behaupte']);

/**
 * „Böse Zungen behaupten, …“, „wie manche behaupteten“, „Es wird behauptet, dass …“: a claim
 * whose source stays unnamed. With a named subject „behaupten“ is attribution („Strache
 * behauptet, …“), and „sich behaupten“ holds one's ground.
 */
export const vagueClaim: HedgeRule = {
  id: 'hedges/vague-claim',
  description: '„Böse Zungen behaupten“, „wie manche behaupteten“, „es wird behauptet, dass“: a claim from no one named.',
  appliesTo: (w) => BEHAUPTEN.has(w),
  match({ toks, i, lex }: HedgeContext): Found | null {
    const near = toks.slice(Math.max(0, i - 3), i + 3);
    if (!BEHAUPTEN.has(toks[i].lower) || near.some((x) => x.lower === 'sich')) return null;
    if (near.some((x) => lex.vagueSubjects.has(x.lower) || SOME_PEOPLE.test(x.lower))) return found(toks, i, i, 'vague_source', vagueClaim.id);
    // The impersonal passive names no one: „Es wird behauptet, dass …“ (not „wird von der Reederei behauptet“).
    const passive = /^(wird|wurde|werde)$/.test(toks[i - 1]?.lower ?? '') && (toks[i + 1]?.text === ',' || toks[i + 1]?.lower === 'dass');
    return passive ? found(toks, i, i, 'vague_source', vagueClaim.id) : null;
  },
};

/**
 * „wird als Nachfolgerin gehandelt“, „ist als Kandidat im Gespräch“: a candidacy that is rumoured,
 * no one named. (Not „hat schnell gehandelt“ or „im Gespräch mit der APA“: acting, a conversation.)
 */
export const rumouredCandidate: HedgeRule = {
  id: 'hedges/rumoured-candidate',
  description: '„wird als Nachfolgerin gehandelt“, „ist als Kandidat im Gespräch“: a rumoured candidacy.',
  appliesTo: (w) => w === 'gehandelt' || w === 'gespräch',
  match({ toks, i }: HedgeContext): Found | null {
    const [a] = clauseBounds(toks, i);
    const before = toks.slice(a, i);
    if (!before.some((x) => x.lower === 'als' || x.lower === 'für')) return null;
    if (toks[i].lower === 'gehandelt') return before.some((x) => /^(wird|werden|wurde|wurden|worden)$/.test(x.lower)) ? found(toks, i, i, 'vague_source', rumouredCandidate.id) : null;
    // „im Gespräch“ as a candidate: after „im“, with no partner of a conversation („mit …“) after it.
    return toks[i - 1]?.lower === 'im' && toks[i + 1]?.lower !== 'mit' && before.some((x) => x.lower === 'als') ? found(toks, i - 1, i, 'vague_source', rumouredCandidate.id) : null;
  },
};

const ESTIMATED = new Set(['geschätzt', 'geschätzte', 'geschätzten', 'geschätzter', 'geschätztes', 'geschätztem']);
/** Nouns of amount: what an estimate can give („Kosten“, „Zahl“, „Schaden“, „Anteil“). */
const AMOUNT = /(kosten|zahl|zahlen|summe|summen|menge|höhe|schaden|schäden|wert|werte|anteil|umfang|verlust|verluste|einnahmen|ausgaben|position|dauer|größe|gewicht|alter)$/;

/** Numbers written as words: „geschätzte zwei Millionen“, „geschätzt dreißig Gäste“. */
const NUMBER_WORD = /^(acht|achtzig|anderthalb|drei|dreißig|eineinhalb|elf|fünf|fünfzig|hundert|hunderte|neun|neunzig|sechs|sechzig|sieben|siebzig|tausend|tausende|vier|vierzig|zehn|zwanzig|zwei|zwölf)$/;

/** „auf (gut) 60 Jahre“ right before the participle at i: „auf“ and a number within five words. */
function estimatedAt(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (toks[k].kind !== 'word' && toks[k].kind !== 'number') return false;
    if (toks[k].lower === 'auf') return toks.slice(k + 1, i).some((x) => x.kind === 'number' || NUMBER_WORD.test(x.lower));
  }
  return false;
}

/**
 * „die geschätzten Kosten“, „eine geschätzte Gesamtzahl“, „kostet geschätzt zehn Millionen“: an
 * amount given as an estimate. (Not „der geschätzte Kollege“, „die von der Künstlerin geschätzte
 * Stille“, „Strenge wird geschätzt“: esteem.)
 */
export const estimatedAmount: HedgeRule = {
  id: 'hedges/estimated-amount',
  description: '„die geschätzten Kosten“, „eine geschätzte Gesamtzahl“, „geschätzt zehn Millionen“: an amount given as an estimate.',
  appliesTo: (w) => ESTIMATED.has(w),
  match({ toks, i }: HedgeContext): Found | null {
    if (!ESTIMATED.has(toks[i].lower)) return null;
    // „der auf gut 60 Jahre geschätzte Lotse“: the figure it is put at stands before it.
    if (estimatedAt(toks, i)) return found(toks, i, i, 'belief', estimatedAmount.id);
    // (Past a number or an adjective: „geschätzte 3000 Besucher“ is a figure with its unit.)
    for (let k = i + 1; k <= i + 3 && k < toks.length; k++) {
      const x = toks[k];
      if (x.kind === 'number' || NUMBER_WORD.test(x.lower)) return found(toks, i, i, 'belief', estimatedAmount.id);
      if (x.kind !== 'word') return null;
      if (isCapitalWord(x)) return AMOUNT.test(x.lower) ? found(toks, i, i, 'belief', estimatedAmount.id) : null;
    }
    return null;
  },
};

/** „bestätigen“ and its noun, which a closing „nicht“ leaves unconfirmed. */
const CONFIRM = new Set(['bestätigt', 'bestätigte', 'bestätigten', 'bestätigen', 'bestätigung']);
/** What a confirmation is withheld for: a report, not a ruling or a person („bestätigte das Urteil nicht“). */
const REPORT_NOUNS = /^(bericht|berichte|meldung|meldungen|angaben|information|informationen|gerücht|gerüchte|zahl|zahlen|vorwürfe|vorwurf|darstellung|spekulationen)$/;

/**
 * „Die Polizei bestätigte das bisher nicht“, „Eine Bestätigung gab es zunächst nicht“, „Das wurde
 * weder bestätigt noch dementiert“: a claim left unconfirmed (the guideline's „noch nicht
 * bestätigt“ in verb-second order, with „nicht“ closing the clause). Between the verb and „nicht“
 * only small words or a report noun, so that „bestätigte das Urteil nicht“ (a court) stays out.
 */
export const withheldConfirmation: HedgeRule = {
  id: 'hedges/withheld-confirmation',
  description: '„bestätigte das bisher nicht“, „Eine Bestätigung gab es nicht“, „weder bestätigt noch dementiert“: a claim left unconfirmed.',
  appliesTo: (w) => CONFIRM.has(w),
  match({ toks, i }: HedgeContext): Found | null {
    if (!CONFIRM.has(toks[i].lower)) return null;
    if (toks[i - 1]?.lower === 'weder') return found(toks, i - 1, i, 'uncertainty', withheldConfirmation.id);
    const [, b] = clauseBounds(toks, i);
    if (b <= i || b - i > 7 || toks[b].lower !== 'nicht') return null;
    for (let k = i + 1; k < b; k++) {
      const x = toks[k];
      // (A time in a prepositional phrase may stand between: „gab es am Abend noch nicht“.)
      const noun = x.text !== x.lower && !REPORT_NOUNS.test(x.lower) && !/^(am|im|bis|seit|vom|zum)$/.test(toks[k - 1].lower);
      if (x.kind !== 'word' || x.lower === 'dass' || noun) return null;
    }
    return found(toks, i, b, 'uncertainty', withheldConfirmation.id);
  },
};

/**
 * „Das ist ein Hinweis auf Schlamperei“, „keinen Hinweis darauf, dass …“: one indication, like the
 * listed plural „Hinweise“. Only an indefinite or negated one pointing at something: „der Hinweis
 * auf den neuen Fahrplan“ (a notice), „mit dem Hinweis, …“ (a remark) and „bekam einen Hinweis“
 * (a tip) are none, nor a boosted one („ein eindeutiger Hinweis“).
 */
export const singleIndication: HedgeRule = {
  id: 'hedges/single-indication',
  description: '„ein Hinweis auf …“, „keinen Hinweis darauf, dass …“: an indication, not a notice or a tip.',
  appliesTo: (w) => w === 'hinweis',
  match({ toks, i }: HedgeContext): Found | null {
    if (toks[i].lower !== 'hinweis' || !/^(auf|darauf|dafür)$/.test(toks[i + 1]?.lower ?? '')) return null;
    let k = i - 1;
    // (Past an adjective that does not boost: „ein erster Hinweis“, „einen möglichen Hinweis“.)
    if (/(e|er|en)$/.test(toks[k]?.lower ?? '') && !/^(ein|einen|kein|keinen)$/.test(toks[k].lower)) {
      if (/^(eindeutig|klar|deutlich|sicher|untrüglich|unmissverständlich)/.test(toks[k].lower)) return null;
      k--;
    }
    return /^(ein|einen|kein|keinen)$/.test(toks[k]?.lower ?? '') ? found(toks, i, i, 'belief', singleIndication.id) : null;
  },
};

const EXCLUDE = new Set(['ausschließen', 'auszuschließen', 'ausgeschlossen']);

/**
 * „Auszuschließen ist das nicht“, „Völlig ausschließen kann man den Riss nicht“: the guideline's
 * „nicht ausschließen“ with the verb fronted and „nicht“ closing the clause. Only a degree word may
 * stand before the verb, so that „Der Rechtsweg ist ausgeschlossen“ and „X auszuschließen, war
 * nicht klug“ stay out.
 */
export const frontedExclusion: HedgeRule = {
  id: 'hedges/fronted-exclusion',
  description: '„Auszuschließen ist das nicht“, „Völlig ausschließen kann man den Riss nicht“: „nicht ausschließen“ with the verb fronted.',
  appliesTo: (w) => EXCLUDE.has(w),
  match({ toks, i }: HedgeContext): Found | null {
    if (!EXCLUDE.has(toks[i].lower)) return null;
    const [a, b] = clauseBounds(toks, i);
    const fronted = a === i || (a === i - 1 && /^(ganz|völlig|gänzlich|komplett|auch)$/.test(toks[a].lower));
    if (!fronted || b <= i + 1 || b - i > 10 || toks[b].lower !== 'nicht') return null;
    for (let k = i + 1; k < b; k++) if (toks[k].kind !== 'word' || toks[k].lower === 'dass') return null;
    return found(toks, i, b, 'uncertainty', frontedExclusion.id);
  },
};

/** Words at which these rules run and that also open the hedge gate (hedges.ts) by themselves. */
const TRIGGERS_AND_GATE = ['berufung', ...RECHNEN, ...WORRY, ...GELTEN, 'davon', 'noch', ...RISK_NOUNS, ...OPINION_NOUNS, ...BEHAUPTEN, 'gehandelt', 'gespräch', ...ESTIMATED, ...ACCUSED, ...ACCUSED_PERSONS, ...CONFIRM, ...EXCLUDE, 'hinweis'];

/** The words at which these rules run (hedges.ts tries a word's rules only). */
export const BELIEF_CONSTRUCTION_WORDS: readonly string[] = [...TRIGGERS_AND_GATE, 'aus', 'zufolge', 'nach', 'laut', 'in', 'mit'];

/**
 * Words without which these rules find nothing in a sentence, for the hedge gate: the rules above
 * run at „aus“, „in“, „nach“, „zufolge“ and „mit“, which open almost every sentence, but need a
 * noun of opinion, findings, circles or sources, a word of the preliminary, or „vertraute“ beside
 * them. (Compounds in „-kreisen“ open it too: see `namesCircles`.)
 */
export const BELIEF_CONSTRUCTION_GATE: readonly string[] = [...TRIGGERS_AND_GATE, 'augen', ...PRELIMINARY_WORDS, 'quelle', 'quellen', 'kreise', 'kreisen', 'insider', 'insidern', 'informanten', 'vertraute', 'vertrauten'];


/**
 * Participles of finding out, confirming and deciding: what is not yet known or settled
 * („noch nicht geklärt“, „noch nicht identifiziert“); a thing not yet done — „noch nicht
 * fertiggestellt“, „noch nicht gezahlt“ — is a plain fact.
 */
const KNOWING = /(klärt|bestätigt|identifiziert|ermittelt|festgestellt|beziffert|entschieden|nachgewiesen|bewiesen|verifiziert|geprüft|untersucht|beantwortet|abgeschätzt|ausgewertet|bekanntgegeben|geäußert|kommentiert|aufgeklärt|analysiert|gesichert|belegt)$/;

/**
 * „noch nicht geklärt“, „noch nicht entschieden“, „noch nicht identifiziert“: what is not yet
 * found out, confirmed or decided leaves the matter open. The cue runs from „noch“ to the
 * participle (at most two words between: „noch nicht abschließend geklärt“).
 */
export const nochNichtParticiple: HedgeRule = {
  id: 'hedges/noch-nicht-participle',
  description: '„noch nicht geklärt“, „noch nicht entschieden“: what is not yet found out, confirmed or decided is open (not a thing not yet done).',
  appliesTo: (w) => w === 'noch',
  match({ toks, i }: HedgeContext): Found | null {
    if (toks[i + 1]?.lower !== 'nicht') return null;
    for (let k = i + 2; k < Math.min(toks.length, i + 5); k++) {
      const t = toks[k];
      if (t.kind !== 'word') return null;
      if (t.text === t.lower && (PARTICIPLE.test(t.lower) || strongParticiple(toks, k))) return KNOWING.test((toks[k - 1]?.lower === 'bekannt' ? 'bekannt' : '') + t.lower) ? found(toks, i, k, 'uncertainty', nochNichtParticiple.id) : null;
    }
    return null;
  },
};

/** „entschieden“, „vergeben“: a strong participle without „ge“ looks like an infinitive; at the clause end or before „worden“/„sein“ it is the participle. */
function strongParticiple(toks: Token[], k: number): boolean {
  const next = toks[k + 1];
  return /^(be|er|ver|ent|zer)\p{Ll}{2,}en$/u.test(toks[k].lower) && (!next || next.kind === 'punct' || /^(worden|sein|ist|sind|war|waren)$/.test(next.lower));
}
