// The article's speaker registry: people and bodies built from their mentions
// („dem russischen Präsidenten Wladimir Putin“ → Wladimir Putin, russischer Präsident),
// and resolution of later mentions (surname, role noun, pronoun) to them.
import { ADVERBS, AUXILIARIES, CONJUNCTIONS, DETERMINERS, INDEFINITE_PERSON, JOINED_PARTICLE_NAME, NAME_PARTICLES, PREPOSITIONS, RELATIVE_PRONOUN, SUBJECT_PRONOUNS, TITLE_ABBREVIATION } from './grammar/words';
import { adjectiveAfterAdverbs, extendedAttributeEnd, ownerBeforeAdjective } from './grammar/noun-phrase';
import { isWeekday } from './grammar/speakerness';
import type { InterviewTurn } from './interview';
import type { Lexicon } from './lexicon';
import type { Range, Speaker } from './types';
import { isCapitalized, tokenize, type Token } from './tokens';

/**
 * Where one paragraph's capitalised words are (start, end pairs relative to `offset`): all that
 * surname lookup needs. Plain numbers, so that a long article does not keep every capitalised
 * token (an object and two strings) alive until its speaker registry is built.
 */
export interface CapitalRun {
  capitals: readonly number[];
  offset: number;
}

interface Entry extends Speaker {
  surname?: string;
  roleHead?: string;
  roleAdjective?: string;
  /**
   * Known from a role mention („die Ministerin“, „der Sprecher“) or a given name: pronouns must
   * agree with it. A body with a gender is one unnamed person („ein Sprecher der Reederei“).
   */
  gender?: 'female' | 'male';
}

/** How far back a role noun looks for whom it refers to, in mentions. */
const RECENT_MENTIONS = 300;
/** How far back a pronoun looks: its antecedent stands a few sentences before it at most. */
const PRONOUN_REACH = 40;
/**
 * How far back, in characters, a pronoun looks for someone only named in passing: a few sentences.
 * (Someone who speaks may be „er“ for a whole portrait.)
 */
const PASSING_NAME_REACH = 1000;

/** Pronouns that never stand for one person. */
const IMPERSONAL_PRONOUN = /^(man|es|du|ihr)$/;
const FIRST_PERSON = /^(ich|wir)$/;
/** Labels of a question-and-answer layout, which name a part, not a person. */
const GENERIC_LABEL = /^(frage|antwort|f|a|interview|moderator|moderatorin)$/i;
/** A label in capitals („STANDARD“, „ZEIT“) names the paper asking, not a person. */
const ALL_CAPITALS = /^[\p{Lu}\d\s.-]+$/u;

/** The gender a third-person pronoun asks of its antecedent. */
const PRONOUN_GENDER: Record<string, Entry['gender']> = { er: 'male', sie: 'female' };

/**
 * Abstract nouns, which are no one's name: „Bestätigung“, „Informationen“, „Millionen“. (A short
 * word in -ung may be one: „Jung“, „Hartung“.)
 */
const ABSTRACT_NOUN = /\p{L}{6}ung$|(ungen|heiten|keiten|schaften|ionen|keit|heit|schaft|ismus)$/u;

const NOT_NAME = new Set([
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Er', 'Sie', 'Es', 'Wir', 'Ich', 'Am', 'Im', 'In', 'Auf',
  'Mit', 'Nach', 'Vor', 'Bei', 'Zu', 'Und', 'Aber', 'Auch', 'So', 'Laut', 'Wie', 'Als', 'Dass', 'Ob', 'Wenn', 'Doch',
  'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Januar', 'Februar', 'März', 'April',
  'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember', 'Herr', 'Frau', 'Dr', 'Prof',
]);

export class SpeakerRegistry {
  private readonly entries: Entry[] = [];
  /** Lookups that would otherwise scan every entry for every quote. */
  private readonly byName = new Map<string, Entry>();
  private readonly bySurname = new Map<string, Entry[]>();
  private readonly ids = new Set<string>();
  /** Every mention of a registered person, sorted, for pronoun resolution. */
  private mentions: { start: number; end: number; entry: Entry }[] = [];

  /** Mentions inside these ranges (direct quotes) do not take part in pronoun resolution. */
  private quoted: Range[] = [];
  /** What the interview turns say, sorted, each with its label: an „ich“ in one is the person the label names. */
  private turns: (Range & { label: Range })[] = [];
  /**
   * People known only from a given name in passing („Thomas Roth erforscht …“): „er“ may stand for
   * them, but an „ich“ or „wir“ stands for someone who speaks.
   */
  private readonly onlyNamed = new Set<Entry>();
  /** Where people named in passing stand as a possessor („Jan Ohms Werft“): starts of those mentions. */
  private readonly possessors = new Set<number>();
  /** People whose plain surname occurrences are already in `mentions`. */
  private readonly surnamesIndexed = new Set<Entry>();

  constructor(private readonly text: string, private readonly lex: Lexicon) {}

  setQuoted(ranges: Range[]): void {
    this.quoted = ranges;
  }

  setTurns(turns: readonly InterviewTurn[]): void {
    this.turns = turns.map(({ content, label }) => ({ start: content.start, end: content.end, label }));
  }

  /** Registers the people found by findSeeds, per paragraph (offsets relative to `offset`). */
  seed(runs: { seeds: Seed[]; offset: number }[]): void {
    for (const { seeds, offset } of runs) {
      for (const x of seeds) {
        const known = this.entries.length;
        const e = this.register(x.name, x.role, { start: offset + x.start, end: offset + x.end });
        if (x.role) this.onlyNamed.delete(e);
        else if (this.entries.length > known) this.onlyNamed.add(e);
        if (x.possessor) this.possessors.add(offset + x.start);
      }
    }
  }

  /** Whether a person known by this surname has been named („Ohm“ after „Jan Ohm“), without registering anyone. */
  knowsSurname(word: string): boolean {
    return (this.bySurname.get(word) ?? []).some((e) => e.kind === 'person');
  }

  /** Resolves a speaker mention to a registry entry, creating one for new names or bodies. */
  resolve(mention: Range): Speaker | undefined {
    const parsed = parseMention(this.lex, this.text.slice(mention.start, mention.end));
    switch (parsed.kind) {
      case 'none':
        return undefined;
      case 'pronoun': {
        const pronoun = this.text.slice(mention.start, mention.end).toLowerCase();
        // „wie man sagt“, „es heißt“, „du“, „ihr“: no one in particular.
        if (IMPERSONAL_PRONOUN.test(pronoun)) return undefined;
        if (FIRST_PERSON.test(pronoun)) {
          // (A turn labelled „Antwort:“ names no one: its „ich“ is the person named before, as elsewhere.)
          const turn = this.turnAt(mention.start);
          if (turn && !GENERIC_LABEL.test(this.text.slice(turn.label.start, turn.label.end))) return this.labelSpeaker(turn.label);
        }
        // „Sie sagten“, „erklärten sie“: a plural „sie“ stands for a group, which is no one person.
        if (pronoun === 'sie' && this.pluralVerbBeside(mention)) return undefined;
        return this.lastBefore(mention.start, PRONOUN_GENDER[pronoun], FIRST_PERSON.test(pronoun));
      }
      case 'person':
        // One word before or after a verb in the plural names a group, not a person: „Sanitäter
        // berichteten“, „sagten Anwohner“ (not a person known by that surname, nor one of several:
        // „sagten Roth und Lenz“).
        if (!parsed.role && !parsed.name.includes(' ') && !this.bySurname.has(parsed.name) && this.pluralVerbBeside(mention) && !this.coordinated(mention)) {
          return this.body(parsed.name, false, mention);
        }
        return this.heard(this.register(parsed.name, parsed.role, mention));
      case 'epithet': {
        // „Anna Weber … Die 52-Jährige sagte“: the last person of that gender named before.
        const found = this.lastBefore(mention.start, parsed.gender, false);
        if (found) {
          this.addMention(found, mention);
          return found;
        }
        // („ihren Schätzungen“ with no woman named before: its owner is unknown, and no one is called so.)
        return parsed.owned ? undefined : this.body(parsed.label, false, mention);
      }
      case 'quoted': {
        const e = this.byName.get(parsed.label.toLowerCase()) ?? this.create(parsed.label, undefined, 'organisation');
        this.addMention(e, mention);
        return e;
      }
      case 'body': {
        // A role noun without a name refers back to someone with that role; an indefinite one
        // („ein Sprecher der Stadt“) to no one known.
        const found = parsed.roleHead && !parsed.indefinite ? this.byRole(parsed.roleHead, parsed.adjective, mention.start) : undefined;
        if (found) {
          this.addMention(found, mention);
          return found;
        }
        const e = this.body(parsed.label, parsed.organisation, mention);
        // One new unnamed person („Ein Sprecher der Reederei sagte …“) is whom a later „er“ refers to.
        if (parsed.oneOf && e.mentions.length === 1) e.gender = parsed.oneOf;
        return e;
      }
    }
  }

  /** A body or group known by its label, created when first met. */
  private body(label: string, organisation: boolean, mention: Range): Entry {
    const e = this.byName.get(label.toLowerCase()) ?? this.create(label, undefined, organisation ? 'organisation' : 'unknown');
    this.addMention(e, mention);
    return e;
  }

  /** The interview turn whose content holds pos, if any. */
  private turnAt(pos: number): { label: Range } | undefined {
    const turn = this.turns[firstAtOrAfter(this.turns, pos + 1) - 1];
    return turn && turn.start <= pos && pos < turn.end ? turn : undefined;
  }

  /** The person an interview label names („Roth:“); a medium's label („STANDARD:“) names no one person. */
  private labelSpeaker(label: Range): Entry | undefined {
    const parsed = parseMention(this.lex, this.text.slice(label.start, label.end));
    return parsed.kind === 'person' && !ALL_CAPITALS.test(parsed.name) ? this.heard(this.register(parsed.name, parsed.role, label)) : undefined;
  }

  /** A person who speaks somewhere in the article. */
  private heard(e: Entry): Entry {
    this.onlyNamed.delete(e);
    return e;
  }

  /**
   * The last mention of the speaker `id` in [from, to), outside direct quotes: „Roth war in Kiel. Der
   * Kai sei zu kurz.“ credits the carried-on speech to that „Roth“, the mention nearest to it.
   */
  latestMention(id: string, from: number, to: number): Range | undefined {
    const mentions = this.mentions;
    const last = firstAtOrAfter(mentions, to) - 1;
    // (A few mentions back at most: the scan stays short however long the chain.)
    for (let i = last; i >= 0 && i > last - 20; i--) {
      const m = mentions[i];
      if (m.start < from) return undefined;
      if (m.end > to || m.entry.id !== id || inside(this.quoted, m)) continue;
      return { start: m.start, end: m.end };
    }
    return undefined;
  }

  /** The people and bodies in the order the article first names them. */
  speakers(): Speaker[] {
    const first = (e: Entry) => e.mentions[0]?.start ?? Infinity;
    return [...this.entries].sort((a, b) => first(a) - first(b)).map(({ id, name, role, aliases, kind, mentions }) => ({ id, name, role, aliases, kind, mentions }));
  }

  private register(name: string, role: RolePhrase | undefined, mention: Range): Entry {
    const parts = name.split(/\s+/);
    // („Omar al-Hamdi“ is „Al-Hamdi“ at the start of a sentence: the surname is kept in that form.)
    const last = parts[parts.length - 1];
    const surname = JOINED_PARTICLE_NAME.test(last) ? last[0].toUpperCase() + last.slice(1) : last;
    // Two surnames of people named before are two people, subject and object: in „nannte Ohm
    // Lenz eine Bremserin“ Ohm speaks.
    if (parts.length === 2 && this.bySurname.has(parts[0]) && this.bySurname.has(surname) && !this.lex.givenNameGender(parts[0])) return this.register(parts[0], role, mention);
    const exact = this.byName.get(name.toLowerCase());
    let e = exact && exact.name === name ? exact
      : (this.bySurname.get(surname) ?? []).find((x) => parts.length === 1 || x.name.split(/\s+/).length === 1 || x.name.endsWith(name));
    if (!e) e = this.create(name, surname, 'person');
    else if (parts.length > e.name.split(/\s+/).length) {
      // A fuller form of a name seen before: „Putin“, then „Wladimir Putin“.
      e.aliases = uniq([...e.aliases, e.name]);
      this.rename(e, name);
    }
    if (role && !e.gender) e.gender = role.feminine ? 'female' : 'male';
    // A given name says the gender when no role did: „Thomas Roth … er“.
    if (!e.gender && parts.length > 1) e.gender = this.lex.givenNameGender(parts[0]);
    if (role && !e.role) {
      e.role = role.display;
      e.roleHead = role.head;
      e.roleAdjective = role.adjective;
      e.aliases = uniq([...e.aliases, role.alias]);
    }
    // (Most registrations repeat a known name: no new array then.)
    if (parts.length > 1 && !e.aliases.includes(surname)) e.aliases = [...e.aliases, surname];
    this.addMention(e, mention);
    return e;
  }

  private create(name: string, surname: string | undefined, kind: Speaker['kind']): Entry {
    const base = slug(name) || 'speaker';
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    const e: Entry = { id, name, aliases: [], kind, mentions: [], surname };
    this.entries.push(e);
    this.ids.add(id);
    if (!this.byName.has(name.toLowerCase())) this.byName.set(name.toLowerCase(), e);
    if (surname) {
      const list = this.bySurname.get(surname);
      if (list) list.push(e); else this.bySurname.set(surname, [e]);
    }
    return e;
  }

  private rename(e: Entry, name: string): void {
    if (this.byName.get(e.name.toLowerCase()) === e) this.byName.delete(e.name.toLowerCase());
    e.name = name;
    if (!this.byName.has(name.toLowerCase())) this.byName.set(name.toLowerCase(), e);
  }

  private addMention(e: Entry, r: Range): void {
    const at = firstAtOrAfter(e.mentions, r.start);
    // The same words seen again („die Ministerin Anna Beispiel“ around the seeded „Ministerin Anna
    // Beispiel“) are one mention: skipping them keeps long articles free of quadratic inserts.
    const overlaps = (m: Range | undefined) => !!m && m.start < r.end && r.start < m.end;
    if (overlaps(e.mentions[at]) || overlaps(e.mentions[at - 1])) return;
    e.mentions.splice(at, 0, { start: r.start, end: r.end });
    insertSorted(this.mentions, { start: r.start, end: r.end, entry: e });
  }

  /** Adds every later plain occurrence of a person's surname as a mention (for pronouns). */
  indexSurnames(runs: readonly CapitalRun[]): void {
    const bySurname = new Map<string, Entry>();
    for (const e of this.entries) {
      if (e.kind !== 'person' || !e.surname || this.surnamesIndexed.has(e)) continue;
      bySurname.set(e.surname, e);
      this.surnamesIndexed.add(e);
    }
    if (!bySurname.size) return;
    // Surnames by length and first and last letter, so that a word is compared in place: cutting
    // every capitalised word out of the text again (in the editor, on every keystroke) costs more.
    const text = this.text;
    const byShape = new Map<number, [string, Entry][]>();
    for (const [surname, e] of bySurname) {
      const key = shapeKey(surname.length, surname.charCodeAt(0), surname.charCodeAt(surname.length - 1));
      const list = byShape.get(key);
      if (list) list.push([surname, e]); else byShape.set(key, [[surname, e]]);
    }
    const found: { start: number; end: number; entry: Entry }[] = [];
    for (const { capitals, offset } of runs) {
      for (let k = 0; k < capitals.length; k += 2) {
        const start = offset + capitals[k], end = offset + capitals[k + 1];
        const candidates = byShape.get(shapeKey(end - start, text.charCodeAt(start), text.charCodeAt(end - 1)));
        if (!candidates) continue;
        for (const [surname, e] of candidates) {
          if (surname.length !== end - start || !text.startsWith(surname, start)) continue;
          if (!inside(e.mentions, { start, end })) found.push({ start, end, entry: e });
          break;
        }
      }
    }
    // One merge instead of an insertion per surname: articles about one person name them hundreds of times.
    if (found.length) this.mentions = [...this.mentions, ...found].sort((a, b) => a.start - b.start);
  }

  /** Whether a verb of saying in the plural stands right before or after the mention („Sie sagten“, „betonten sie“). */
  private pluralVerbBeside(mention: Range): boolean {
    // (An infinitive before its modal is no plural: „dass sie sagen könnte“.)
    const [, after, modal] = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(this.text.slice(mention.end, mention.end + 60)) ?? [];
    const before = /(\p{Ll}+)\s+$/u.exec(this.text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
    const plural = (w: string | undefined) => !!w && w.endsWith('en') && this.lex.verb(w).length > 0;
    return plural(before) || (plural(after) && !(modal && AUXILIARIES.has(modal)));
  }

  /** Whether the mention is one of several joined by „und“, „sowie“ or a comma. */
  private coordinated(mention: Range): boolean {
    return /^\s*(und|sowie|oder|,)/.test(this.text.slice(mention.end, mention.end + 8)) || /(und|sowie|oder|,)\s*$/.test(this.text.slice(Math.max(0, mention.start - 8), mention.start));
  }

  /**
   * The person a pronoun at pos refers to: the last person mentioned before it whose gender, when
   * known, agrees („Die Ministerin … Der Sprecher … Sie sagte“ is the minister). „sie“ is read as
   * singular: a plural „sie“ refers to a group, which is no person either.
   */
  private lastBefore(pos: number, gender: Entry['gender'], firstPerson: boolean): Entry | undefined {
    const mentions = this.mentions;
    // (A pronoun refers to someone recent: without a bound, an „er“ in an article that names only
    // women would scan the whole article for every pronoun.)
    const from = firstAtOrAfter(mentions, pos) - 1;
    for (let i = from; i >= Math.max(0, from - PRONOUN_REACH); i--) {
      const m = mentions[i];
      if (m.end > pos || (m.entry.kind !== 'person' && !m.entry.gender) || inside(this.quoted, m)) continue;
      if (gender && m.entry.gender && m.entry.gender !== gender) continue;
      if (this.onlyNamed.has(m.entry) && (firstPerson || pos - m.end > PASSING_NAME_REACH)) continue;
      return (this.onlyNamed.has(m.entry) && this.possessors.has(m.start) && this.speakerOfSentence(i, gender)) || m.entry;
    }
    return undefined;
  }

  /**
   * „Auch Jan Ohm, einst Lotse in Eva Roths Diensten, warnte. … sagt sie“: a possessor named in
   * passing is less likely meant than someone known as a speaker earlier in the same sentence, who
   * agrees in gender.
   */
  private speakerOfSentence(i: number, gender: Entry['gender']): Entry | undefined {
    const owner = this.mentions[i];
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
      const m = this.mentions[k];
      if (/[.!?]/.test(this.text.slice(m.end, owner.start))) return undefined;
      if (this.onlyNamed.has(m.entry) || m.entry.kind !== 'person' || (gender && m.entry.gender && m.entry.gender !== gender)) continue;
      return m.entry;
    }
    return undefined;
  }

  private byRole(head: string, adjective: string | undefined, pos: number): Entry | undefined {
    // A role noun refers back to someone recent: look at the last few hundred mentions only, so
    // an article with thousands of quotes stays linear.
    const from = firstAtOrAfter(this.mentions, pos) - 1;
    for (let i = from; i >= Math.max(0, from - RECENT_MENTIONS); i--) {
      const e = this.mentions[i].entry;
      if (e.roleHead === head && (!adjective || !e.roleAdjective || e.roleAdjective === adjective)) return e;
    }
    return this.entries.find((e) => e.roleHead === head && (!adjective || e.roleAdjective === adjective));
  }

}

/** What a mention's words say, before the registry is consulted; the same words always read the same. */
type MentionParse =
  | { kind: 'none' }
  | { kind: 'pronoun' }
  | { kind: 'quoted'; label: string }
  | { kind: 'person'; name: string; role: RolePhrase | undefined }
  | { kind: 'body'; label: string; organisation: boolean; roleHead?: string; adjective?: string; indefinite?: boolean; oneOf?: Entry['gender'] }
  | { kind: 'epithet'; label: string; gender: NonNullable<Entry['gender']>; owned?: true };

// Mentions repeat across quotes and keystrokes; their reading depends only on the words and the lexicon.
const parseCache = new WeakMap<Lexicon, Map<string, MentionParse>>();
const PARSE_CACHE_SIZE = 20_000;

/** Genitives of countries and regions: „Spaniens“, „Deutschlands“, „Frankreichs“, „Kanadas“, „Bayerns“, „Chinas“. */
const GENITIVE_PLACE = /^\p{Lu}\p{L}*(lands|reichs|iens|ikas|kas|nas|das|ras|ens|erns|burgs)$/u;

/** Whether a one-word „name“ after a role is a country or region in the genitive („der Präsident Spaniens“, „die Gouverneurin Bayerns“), not a given name. */
function placeInGenitive(lex: Lexicon, name: string): boolean {
  return !name.includes(' ') && GENITIVE_PLACE.test(name) && !lex.givenNameGender(name);
}

function parseMention(lex: Lexicon, words: string): MentionParse {
  let cache = parseCache.get(lex);
  if (!cache) parseCache.set(lex, (cache = new Map()));
  let parsed = cache.get(words);
  if (!parsed) {
    if (cache.size >= PARSE_CACHE_SIZE) cache.clear();
    // A fresh copy to read and to key by: a slice (and the names cut from it) would keep the
    // whole article version it came from alive for as long as the cache holds it.
    const own = JSON.parse(JSON.stringify(words)) as string;
    parsed = readMention(lex, own);
    cache.set(own, parsed);
  }
  return parsed;
}

function readMention(lex: Lexicon, words: string): MentionParse {
  const tokens = withoutExtendedAttribute(tokenize(words));
  if (!tokens.length) return { kind: 'none' };
  if (tokens.length === 1 && SUBJECT_PRONOUNS.has(tokens[0].lower)) return { kind: 'pronoun' };
  // An unnamed person, a quoted name, the body behind a source noun, or an epithet for someone named before.
  const special = unnamedMention(tokens) ?? quotedMention(lex, words, tokens) ?? ownedSpeechMention(lex, tokens) ?? sourceNounMention(lex, tokens) ?? epithetMention(tokens);
  if (special) return special;
  // An apposition „Marta Lindner, Vorsitzende des Vereins“ / „Die Sprecherin der Stiftung, Heike van Dam“:
  // the part that is a name names the person, the other gives the role.
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma > 0 && comma < tokens.length - 1) {
    const parts = [tokens.slice(0, comma), tokens.slice(comma + 1)];
    // Lower-case particles inside names: „Heike van Dam“, „Ursula von der Leyen“, „Omar al-Hamdi“.
    const surname = (t: Token) => isCapitalized(t) || JOINED_PARTICLE_NAME.test(t.text);
    // (A quantifier opens no name: „Einer der Lotsen, Piet Ahrens“.)
    const isName = (part: Token[]) => part.length > 0 && isCapitalized(part[0]) && !DETERMINERS.has(part[0].lower) && surname(part[part.length - 1]) &&
      part.every((t) => (isCapitalized(t) && !lex.roleHead(t.lower) && !NOT_NAME.has(t.text)) || /^(van|von|der|de|den|zu|di|da|le|la|bin|al|ten|ter)$/.test(t.text) || JOINED_PARTICLE_NAME.test(t.text));
    const nameIdx = isName(parts[0]) ? 0 : isName(parts[1]) ? 1 : -1;
    if (nameIdx >= 0) {
      const namePart = parts[nameIdx], rolePart = parts[1 - nameIdx];
      const roleIdx = rolePart.findIndex((t) => isCapitalized(t) && lex.roleHead(t.lower));
      return { kind: 'person', name: namePart.map((t) => t.text).join(' '), role: roleIdx >= 0 ? rolePhrase(lex, rolePart, roleIdx) : undefined };
    }
  }
  // A name in the genitive before an adjective and its noun owns that noun, which speaks: „Europas größte Reederei“.
  if (tokens.length >= 3 && ownerBeforeAdjective(tokens, 0, (w) => lex.verb(w).length > 0) && isCapitalized(tokens[tokens.length - 1])) {
    return { kind: 'body', label: asWritten(tokens), organisation: tokens.some((t) => !!lex.organisationHead(t.lower)) };
  }
  // Trailing run of name words: „der SPD-Vorsitzende Franz Müntefering“ → Franz Müntefering.
  let roleIdx = lastRole(lex, tokens);
  // Names take no article: after one, the first capitalised word is a role noun („der Kämmerer Peter Braun“).
  // With adjectives after the article a name may follow it alone („der 81-jährige Ole Hansen“); a role
  // then needs two name words after it („die erfahrene Lotsin Ida Brandt“).
  const article = DETERMINERS.has(tokens[0].lower);
  const noun = article ? pastAdjectives(tokens, 1) : 0;
  const given = givenNameMention(lex, tokens, article ? noun : -1);
  if (given) return given;
  // (A body's kind in the run leaves it to the readings of bodies: „das soziale Netzwerk Facebook“.)
  const capitals = article && !tokens.slice(noun, noun + 4).some((t) => lex.organisationHead(t.lower) || lex.isTitleNoun(t.lower)) ? capitalRun(tokens, noun) : 0;
  if (roleIdx < 0 && article && (noun === 1 ? tokens.length >= 4 && capitals > 0 : capitals >= 3)) roleIdx = noun;
  // After an article without a role noun the words are a common noun („das Treffen“), not a name.
  const adjectivesThenName = article && noun > 1 && capitals === 2;
  const nameStart = roleIdx >= 0 ? roleIdx + 1 : adjectivesThenName ? noun : article ? -1 : tokens.findIndex((t) => isCapitalized(t) && !NOT_NAME.has(t.text));
  const name = nameStart >= 0 ? nameRun(lex, tokens, nameStart) : undefined;
  if (name && !(roleIdx >= 0 && placeInGenitive(lex, name.text))) return { kind: 'person', name: name.text, role: roleIdx >= 0 ? rolePhrase(lex, tokens, roleIdx) : undefined };
  // A medium or body with its name after its kind: „dem britischen Staatsfernsehen BBC“, „der
  // Nachrichtenagentur RIA Novosti“: the name is what the speaker list shows.
  const named = trailingName(lex, tokens);
  if (named) return { kind: 'body', label: named, organisation: true };
  // A body or an unnamed person: „das russische Außenministerium“, „ein Sprecher“, „einer der Befragten“ (a quantifier stays).
  // (An adverb before the adjective says nothing of the body: „der nun vorliegende Bericht“.)
  const label = asWritten(/^(der|des|von)$/.test(tokens[1]?.lower ?? '') ? tokens : tokens.filter((t, k) => (!DETERMINERS.has(t.lower) || k > 0) && !(ADVERBS.has(t.text) && adjectiveAfterAdverbs(tokens, k + 1))));
  const organisation = tokens.some((t) => lex.organisationHead(t.lower));
  if (roleIdx < 0) return { kind: 'body', label, organisation };
  // (A role names a person of the body, not the body: „ein Sprecher der Stadt“.)
  const before = tokens[roleIdx - 1];
  const adjective = before && !isCapitalized(before) && !DETERMINERS.has(before.lower) ? adjectiveStem(before.lower) : undefined;
  // („Die Verantwortlichen des …“: the word after an article may be no role noun at all.)
  return { kind: 'body', label, organisation: false, roleHead: lex.roleHead(tokens[roleIdx].lower), adjective, indefinite: /^(ein|eine|einer|eines|einem|einen)$/.test(tokens[0].lower), oneOf: oneByRole(tokens[0].lower, tokens[roleIdx].text) };
}

/**
 * The gender of one new person named by an indefinite article and a role noun: „ein Sprecher“
 * (male), „eine Sprecherin“ (female). (A definite one, „der SPD-Politiker“, mostly refers back to
 * someone named before.)
 */
function oneByRole(article: string, noun: string): Entry['gender'] {
  if (article === 'ein' && !/in$/.test(noun)) return 'male';
  if (article === 'eine' && /in$/.test(noun)) return 'female';
  return undefined;
}

/**
 * Mentions that name no one: a relative, demonstrative or indefinite word alone („die“, „dem“,
 * „wonach“, „jemand“), and a share, which is a body of people („40 Prozent der Lotsen“, „Mehr als
 * ein Drittel der Lotsen“) and not named by its first word.
 */
function unnamedMention(tokens: Token[]): MentionParse | undefined {
  if (tokens.every((t) => DETERMINERS.has(t.lower) || RELATIVE_PRONOUN.test(t.lower) || INDEFINITE_PERSON.test(t.lower) || t.lower === 'wonach')) return { kind: 'none' };
  if (tokens[0].kind === 'number' || (/^(mehr|weniger)$/.test(tokens[0].lower) && tokens[1]?.lower === 'als')) return { kind: 'body', label: asWritten(tokens), organisation: false };
  return undefined;
}

/** Nouns for what one says, besides the lexicon's speech nouns: „Ihre Antwort: …“, „Sein Motto: …“. */
const OWN_WORDS = /^(Antwort|Reaktion|Botschaft|Kommentar|Worte|Devise|Motto|Credo|Urteil|Bilanz|Prognose|Rat|Appell)$/;

/**
 * A speech noun owned by a possessive („Seine Begründung: …“, „Ihr Fazit lautete, …“): the owner
 * speaks, found as the pronoun would be. („ihr“ may be plural too: the last woman named is the likelier.)
 */
function ownedSpeechMention(lex: Lexicon, tokens: Token[]): MentionParse | undefined {
  // (A document is a source of its own: „ihr Jahresbericht“ stays the report.)
  if (tokens.length !== 2 || lex.isDocumentNoun(tokens[1].text) || !(lex.isSpeechNoun(tokens[1].text) || lex.isSourceNoun(tokens[1].text) || OWN_WORDS.test(tokens[1].text))) return undefined;
  const owner = /^(sein|ihr)(e|en|em|er|es)?$/.exec(tokens[0].lower);
  return owner ? { kind: 'epithet', label: asWritten(tokens), gender: owner[1] === 'sein' ? 'male' : 'female', owned: true } : undefined;
}

/**
 * A definite epithet that refers back to someone named before, as a pronoun does: an age („die
 * 52-Jährige“, „dem 45-Jährigen“) or a party's politician („der SPD-Politiker“, „die
 * Grünen-Politikerin“). The article and ending give the gender; forms that may be plural or either
 * gender („der 45-Jährigen“) are left alone.
 */
function epithetMention(tokens: Token[]): MentionParse | undefined {
  const article = tokens[0].lower;
  if (tokens.length > 6 || !/^(der|die|den|dem)$/.test(article)) return undefined;
  const label = asWritten(tokens.slice(1));
  // (Lower-case adjectives may stand before the noun: „die erfahrene 52-Jährige“.)
  const age = /^(?:\p{Ll}+ )*\d+-Jährige(n?)$/u.exec(label);
  if (age) {
    if (!age[1]) return article === 'der' ? { kind: 'epithet', label, gender: 'male' } : article === 'die' ? { kind: 'epithet', label, gender: 'female' } : undefined;
    return /^(den|dem)$/.test(article) ? { kind: 'epithet', label, gender: 'male' } : undefined;
  }
  const politician = /^(?:\p{Ll}+ )*\p{Lu}[\p{L}-]*-Politiker(in)?$/u.exec(label);
  // („die SPD-Politiker“ are several.)
  if (politician) return politician[1] ? { kind: 'epithet', label, gender: 'female' } : article === 'die' ? undefined : { kind: 'epithet', label, gender: 'male' };
  return undefined;
}

/**
 * The last role noun of a mention outside prepositional attributes, whose roles are another's:
 * „Ida Brandt vom Verband der Reeder“. (An apposition after a comma has its own: „Der Vertreter
 * im Rat, der Diplomat Jan Roth“.)
 */
function lastRole(lex: Lexicon, tokens: Token[]): number {
  let roleIdx = -1;
  let inAttribute = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text === ',') inAttribute = false;
    else if (i > 0 && PREPOSITIONS.has(tokens[i].lower) && tokens[i].lower !== 'von') inAttribute = true;
    else if (!inAttribute && isCapitalized(tokens[i]) && lex.roleHead(tokens[i].lower)) roleIdx = i;
  }
  return roleIdx;
}

/** The first token at or after k that is no lower-case adjective or age („erfahrene“, „55-jährige“). */
function pastAdjectives(tokens: Token[], k: number): number {
  while (k < tokens.length) {
    const t = tokens[k];
    if (t.kind === 'number' && tokens[k + 1]?.text === '-') k += 2;
    else if (t.kind === 'word' && !isCapitalized(t) && !DETERMINERS.has(t.lower) && !isFunctionWord(t.lower)) k++;
    else break;
  }
  return k;
}

/** How many capitalised words stand in a row from k. */
function capitalRun(tokens: Token[], k: number): number {
  let n = 0;
  while (k + n < tokens.length && tokens[k + n].kind === 'word' && isCapitalized(tokens[k + n])) n++;
  return n;
}

/** A quoted name („Die Zeit“, „Muslix64“) is a medium or a handle: the name is what the marks enclose. */
function quotedMention(lex: Lexicon, words: string, tokens: Token[]): MentionParse | undefined {
  const open = tokens.findIndex((t) => t.kind === 'quote');
  const close = open >= 0 ? tokens.findIndex((t, k) => k > open && t.kind === 'quote') : -1;
  if (open < 0 || close <= open + 1) return undefined;
  const label = words.slice(tokens[open].end, tokens[close].start).trim();
  // A quoted name joined to a noun by a hyphen is a compound („die „Hafen“-Entwickler“): its head
  // names the speakers, not the quoted part.
  const hyphen = tokens[close + 1];
  const head = tokens[close + 2];
  if (hyphen?.text === '-' && hyphen.start === tokens[close].end && head?.kind === 'word' && head.start === hyphen.end) {
    return { kind: 'body', label: `${label}-${head.text}`, organisation: !!lex.organisationHead(head.lower) };
  }
  // A role held at the quoted medium („die Chefredakteurin der Zeitung „Hafenblatt““) is a person
  // or body of that medium, no quoted name: the phrase is parsed as any other.
  const role = tokens.findIndex((t, k) => k < open && t.kind === 'word' && !!lex.roleHead(t.lower));
  if (role >= 0 && tokens.slice(role + 1, open).some((t) => /^(der|des)$/.test(t.lower))) return undefined;
  return { kind: 'quoted', label };
}

/** „der von der Zeitung zitierte Experte“ → „der Experte“: the attribute between article and noun names no one. */
function withoutExtendedAttribute(tokens: Token[]): Token[] {
  if (tokens.length < 4 || !DETERMINERS.has(tokens[0].lower)) return tokens;
  const adjective = extendedAttributeEnd(tokens, 1, tokens.length);
  return adjective > 1 ? [tokens[0], ...tokens.slice(adjective + 1)] : tokens;
}

/** Tokens joined as they stood in the text: „58-Jährige“, „Sprecher (SPD)“, not „58 - Jährige“. */
function asWritten(tokens: Token[]): string {
  return tokens.map((t, k) => (k > 0 && t.start > tokens[k - 1].end ? ' ' : '') + t.text).join('');
}

/** Nouns for a side or circle of a body, which speaks through them: „von Seiten des Ministeriums“, „aus Kreisen der Partei“. */
const SIDE_OF_BODY = /^(Seiten|Kreisen|Kreise|Reihen|Umfeld)$/;

/**
 * A source noun is no speaker: „Schätzungen“, „Angaben von Mitarbeitern“, „Meinung der
 * Umweltschutzorganisation“. The body behind it may be one (never a person); a document may speak
 * itself („der Bericht“), so documents are left to the other readings.
 */
function sourceNounMention(lex: Lexicon, tokens: Token[]): MentionParse | undefined {
  // „Roths Darstellung“, „Celebis Angaben“: a name in the genitive owns the source, and speaks.
  if (tokens.length === 2 && isCapitalized(tokens[0]) && !DETERMINERS.has(tokens[0].lower) && /\p{Ll}s$/u.test(tokens[0].text) && (lex.isSourceNoun(tokens[1].text) || lex.isSpeechNoun(tokens[1].text)) && !lex.isDocumentNoun(tokens[1].text)) {
    const owner = readMention(lex, tokens[0].text.slice(0, -1));
    if (owner.kind === 'person' || owner.kind === 'body') return owner;
  }
  // (Past an adjective capitalised at the sentence start: „Französischen Medienberichten zufolge“;
  // a place's adjective in -er is part of a name: „laut den Salzburger Nachrichten“.)
  let at = tokens.findIndex((t) => isCapitalized(t) && !DETERMINERS.has(t.lower));
  const sourceWord = (t: Token | undefined) => !!t && (lex.isSourceNoun(t.text) || lex.isSpeechNoun(t.text));
  if (at >= 0 && /(e|en|es|em)$/.test(tokens[at].lower) && !sourceWord(tokens[at]) && sourceWord(tokens[at + 1])) at++;
  const noun = tokens[at];
  if (!noun || !(lex.isSourceNoun(noun.text) || lex.isSpeechNoun(noun.text) || SIDE_OF_BODY.test(noun.text)) || lex.isDocumentNoun(noun.text) || lex.roleHead(noun.lower)) return undefined;
  let k = at + 1;
  while (k < tokens.length && /^(von|vom|der|des|dem|den)$/.test(tokens[k].lower)) k++;
  const rest = tokens.slice(k).filter((t) => t.kind === 'word');
  // (A date is when, not whose: „Umfrage von Juli“, „Angaben vom Montag“.)
  if (!rest.length || !isCapitalized(rest[rest.length - 1]) || (rest.length === 1 && (lex.months.has(rest[0].lower) || isWeekday(rest[0].lower)))) return { kind: 'none' };
  // A person behind it keeps their name and role: „nach den Worten der Sprecherin Lea Hahn“.
  // (With the comma of an apposition: „Angaben des Sprechers, Jan Roth“.)
  const person = readMention(lex, asWritten(tokens.slice(k).filter((t) => t.kind === 'word' || t.text === ',')));
  if (person.kind === 'person' && (person.role || person.name.includes(' '))) return person;
  // (A dative plural after „von“ names the group in the nominative: „Mitarbeitern“ → „Mitarbeiter“;
  // so does a genitive noun after „des“: „Angaben des Ministeriums“ → „Ministerium“.)
  const genitive = rest.length === 1 && tokens[k - 1]?.lower === 'des';
  const label = genitive ? nominativeOfGenitive(rest[0].text) : rest.map((t) => t.text).join(' ').replace(/(er|el)n$/, '$1');
  return { kind: 'body', label, organisation: rest.some((t) => !!lex.organisationHead(t.lower)) };
}

/** „Ministeriums“ → „Ministerium“, „Rates“ → „Rat“, „Hauses“ → „Haus“: a strong genitive singular in the nominative. */
function nominativeOfGenitive(noun: string): string {
  if (/ses$/.test(noun) || (/[^aeiouäöüs]es$/.test(noun) && noun.length >= 5)) return noun.slice(0, -2);
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}

/** Particles that open a name with a capital before „der“: „Van der Bellen“, „Von der Leyen“. */
const CAPITAL_PAIR_PARTICLE = /^(Van|Von)$/;

/** How many particle words at j stand between two parts of a name (a particle, then perhaps „der“: „van der“), or 0. */
function particlesBeforeName(lex: Lexicon, tokens: Token[], j: number): number {
  const t = tokens[j];
  const pair = /^(der|den)$/.test(tokens[j + 1]?.text ?? '');
  // A capitalised particle before „der“ is a name's, as written by its bearer: „Van der Bellen“, „Von der Leyen“.
  const particle = NAME_PARTICLES.has(t.text) ? !/^(von|vom|zu)$/.test(t.text) : pair && CAPITAL_PAIR_PARTICLE.test(t.text);
  if (t.kind !== 'word' || !particle) return 0;
  const n = pair ? 2 : 1;
  const next = tokens[j + n];
  // (A body after it is where the person works: „Anna von der Reederei“.)
  const nameWord = next?.kind === 'word' && isCapitalized(next) && !NOT_NAME.has(next.text) && !lex.organisationHead(next.lower) && !lex.roleHead(next.lower);
  return nameWord && next.start === tokens[j + n - 1].end + 1 ? n : 0;
}

/** The name after a body's kind („Staatsfernsehen BBC“, „Zeitung Bild“): one to three capitalised words that are no kind themselves. */
function trailingName(lex: Lexicon, tokens: Token[]): string | undefined {
  let h = -1;
  for (let i = 0; i < tokens.length - 1; i++) if (isCapitalized(tokens[i]) && (lex.organisationHead(tokens[i].lower) || lex.isTitleNoun(tokens[i].lower))) h = i;
  if (h < 0) return undefined;
  const rest = tokens.slice(h + 1);
  if (rest.length > 3 || !rest.every((t) => isCapitalized(t) && !DETERMINERS.has(t.lower) && !lex.organisationHead(t.lower) && !lex.roleHead(t.lower))) return undefined;
  return rest.map((t) => t.text).join(' ');
}

/**
 * What a name after token i needs at the least: a capitalised word right after it, or a first
 * comma within five tokens followed by two of them. Checked before the role-head lookup, which
 * costs more and fails on most nouns anyway.
 */
function nameMayFollow(tokens: Token[], i: number): boolean {
  if (i + 1 < tokens.length && isCapitalized(tokens[i + 1])) return true;
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 6); k++) {
    if (tokens[k].text !== ',') continue;
    return k + 2 < tokens.length && isCapitalized(tokens[k + 1]) && isCapitalized(tokens[k + 2]);
  }
  return false;
}

/** One to four capitalised name words starting at i („al-Hamdi“ counts after the first), none a role, body or function word. */
function nameRun(lex: Lexicon, tokens: Token[], i: number): { text: string; last: number; end: number } | undefined {
  let j = i;
  const words: string[] = [];
  while (j < tokens.length && words.length < 4) {
    const t = tokens[j];
    const dot = tokens[j + 1];
    const abbreviated = t.kind === 'word' && dot?.text === '.' && dot.start === t.end && tokens[j + 2]?.kind === 'word';
    // A title before the name is no part of it: „Prof. Dr. Jan Roth“ is Jan Roth („St. Pölten“ is a name).
    if (!words.length && abbreviated && TITLE_ABBREVIATION.test(t.lower) && t.lower !== 'st') {
      j += 2;
      continue;
    }
    // Particles inside a name before its last part: „Martijn van Hout“, „Thomas de Maizière“. (Not
    // „von“ or „zu“, which as often join a noun to its attribute: „Spender von Beträgen“.)
    const particles = words.length > 0 || CAPITAL_PAIR_PARTICLE.test(t.text) ? particlesBeforeName(lex, tokens, j) : 0;
    if (particles > 0) {
      for (let k = j; k < j + particles; k++) words.push(tokens[k].text);
      j += particles;
      continue;
    }
    const joined = words.length > 0 && JOINED_PARTICLE_NAME.test(t.text);
    if (t.kind !== 'word' || !(isCapitalized(t) || joined) || NOT_NAME.has(t.text) || DETERMINERS.has(t.lower) || isWeekday(t.lower)) break;
    // (Before an abstract noun the words are its attributes, not a name: „Wiener Berufsrettung“, „Böse Zungen“.)
    if (ABSTRACT_NOUN.test(t.text)) return undefined;
    if (lex.roleHead(t.lower) || lex.organisationHead(t.lower) || lex.verb(t.lower).length) break;
    if (words.length > 0 && t.start !== tokens[j - 1].end + 1) break;
    // An initial keeps its dot and the name goes on: „John F. Kennedy“.
    if (/^\p{Lu}$/u.test(t.text) && abbreviated) {
      words.push(`${t.text}.`);
      j += 2;
      continue;
    }
    words.push(t.text);
    j++;
  }
  if (!words.length) return undefined;
  // A genitive -s name after a role is an organisation („Chef des Konzerns“ is stopped above).
  return { text: words.join(' '), last: j - 1, end: tokens[j - 1].end };
}

/**
 * „Der Vorsitzende des Lotsenverbands Niedersachsen Karl-Heinz Ohm“: a common given name inside the
 * closing run of capitals opens the name; the words before it name the body or the role (a noun
 * after an article and adjectives is the role even when the lexicon does not know it: „die
 * erfahrene Hafentaucherin Ida Brandt“).
 */
function givenNameMention(lex: Lexicon, tokens: Token[], nounAfterArticle: number): MentionParse | null {
  const given = givenNameInRun(lex, tokens);
  if (given < 0) return null;
  let role = lastRole(lex, tokens.slice(0, given));
  if (role < 0 && nounAfterArticle >= 0 && nounAfterArticle < given) role = nounAfterArticle;
  return { kind: 'person', name: nameRun(lex, tokens, given)!.text, role: role >= 0 ? rolePhrase(lex, tokens, role) : undefined };
}

/**
 * Where a common given name opens the person's name inside the run of capitals that closes the
 * mention, after other capitals („Niedersachsen Karl-Heinz Ohm“, „Hamburg Süd Jan Ohm“), or -1.
 * The name from it must run to the end, and no given name may stand before it („Anna Maria Roth“).
 */
function givenNameInRun(lex: Lexicon, tokens: Token[]): number {
  let start = tokens.length;
  while (start > 0 && tokens[start - 1].kind === 'word' && isCapitalized(tokens[start - 1]) && !DETERMINERS.has(tokens[start - 1].lower)) start--;
  for (let g = start + 1; g < tokens.length - 1; g++) {
    if (lex.givenNameGender(tokens[g - 1].text)) return -1;
    if (!lex.givenNameGender(tokens[g].text)) continue;
    return nameRun(lex, tokens, g)?.last === tokens.length - 1 ? g : -1;
  }
  return -1;
}

function rolePhrase(lex: Lexicon, tokens: Token[], roleIdx: number): RolePhrase {
  const noun = tokens[roleIdx].text;
  const head = lex.roleHead(noun) ?? noun.toLowerCase();
  const base = nominative(noun, head);
  let first = roleIdx;
  let adjective: string | undefined;
  const prev = tokens[roleIdx - 1];
  // (A verb is never part of a role: „sagte Bürgermeisterin Eva Roth“; nor a function word: „wie
  // Obmann Jan Roth sagt“, „über Hafenmeisterin Eva Lenz“.)
  if (prev && prev.kind === 'word' && !isCapitalized(prev) && /(e|en|er|es|em)$/.test(prev.lower) && !isFunctionWord(prev.lower) && !lex.verb(prev.lower).length && !AUXILIARIES.has(prev.lower)) {
    adjective = adjectiveStem(prev.lower);
    first = roleIdx - 1;
  }
  // The mention's article keeps its gender: „die Vorsitzende“ (not „der Vorsitzende“), „eine Sprecherin“.
  const article = tokens[first - 1]?.lower;
  const feminine = base.endsWith('in') || article === 'die' || article === 'eine' || article === 'einer';
  const display = adjective ? `${adjective}${feminine ? 'e' : 'er'} ${base}` : base;
  const alias = `${feminine ? 'die' : 'der'} ${adjective ? adjective + 'e ' : ''}${base}`;
  return { display, alias, head, adjective, first, feminine };
}

/** An article, conjunction, preposition, adverb or pronoun: never an adjective of a role, whatever its ending. */
function isFunctionWord(word: string): boolean {
  return DETERMINERS.has(word) || CONJUNCTIONS.has(word) || PREPOSITIONS.has(word) || ADVERBS.has(word) || SUBJECT_PRONOUNS.has(word);
}

/** A person introduced by role and name in one paragraph; offsets relative to the paragraph. */
export interface Seed {
  name: string;
  /** Absent for a person named by a given name alone („Thomas Roth erforscht …“). */
  role?: RolePhrase;
  /** Named as the owner of a noun, in the genitive („Jan Ohms Werft“). */
  possessor?: boolean;
  start: number;
  end: number;
}

/**
 * Finds „Rolle Vorname Nachname“ and „Rolle von X, Vorname Nachname,“ patterns in one paragraph.
 * Depends on the paragraph alone, so the analyzer caches it with the paragraph.
 */
export function findSeeds(lex: Lexicon, tokens: Token[]): Seed[] {
  const out: Seed[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isCapitalized(t)) continue;
    const named = givenNameSeed(lex, tokens, i);
    if (named) {
      out.push(named.seed);
      i = named.last;
      continue;
    }
    if (!nameMayFollow(tokens, i) || !lex.roleHead(t.lower)) continue;
    let name = nameRun(lex, tokens, i + 1);
    if (name && placeInGenitive(lex, name.text)) continue;
    if (!name) {
      // „Die Bürgermeisterin von Kleinstadt, Maria Hofmann, …“: a name in apposition.
      for (let k = i + 1; k < Math.min(tokens.length - 1, i + 6); k++) {
        if (tokens[k].text !== ',') continue;
        const n = nameRun(lex, tokens, k + 1);
        if (n && n.text.includes(' ') && /^[,)]|^$/.test(tokens[n.last + 1]?.text ?? '')) name = n;
        break;
      }
    }
    if (!name) continue;
    const role = rolePhrase(lex, tokens, i);
    out.push({ name: name.text, role, start: tokens[role.first].start, end: name.end });
    i = name.last;
  }
  return out;
}

/**
 * A person named by a common given name and a surname, wherever they stand („Thomas Roth
 * erforscht …“): a pronoun after it may refer to them, so they must be known even when they say
 * nothing.
 */
function givenNameSeed(lex: Lexicon, tokens: Token[], i: number): { seed: Seed; last: number } | undefined {
  const next = tokens[i + 1];
  if (!next || !isCapitalized(next) || !lex.givenNameGender(tokens[i].text)) return undefined;
  const run = nameRun(lex, tokens, i);
  if (!run || run.last === i) return undefined;
  const last = surnameAt(lex, tokens, i, run.last);
  const surname = tokens[last].text;
  const after = tokens[last + 1];
  // A genitive needs its noun: „Eva Roths Werft“ is Eva Roth, „Lisa De Vries.“ is Lisa De Vries.
  // Before a lower-case word it may be either: „Eva Roths neue Werft“, „Jan Haas sagte“.
  const genitive = /[^s]s$/.test(surname) && !lex.givenNameGender(surname) && !!after && after.kind === 'word';
  if (genitive && !(isCapitalized(after) && after.start === tokens[last].end + 1)) return undefined;
  const name = asWritten(tokens.slice(i, last + 1));
  return { seed: { name: genitive ? name.slice(0, -1) : name, start: tokens[i].start, end: tokens[last].end - (genitive ? 1 : 0), possessor: genitive || undefined }, last };
}

/** Particles written with a capital inside a name („Lisa De Vries“, „Omar El Amin“), when a name word follows. */
const CAPITAL_PARTICLE = /^(De|Le|La|Da|Di|Del|Della|Van|Von|El|Al|Ben|Ibn|Abu|Dos|Du|Ter)$/;
/** A Russian patronymic between given name and surname: „Iwan Petrowitsch Roth“. */
const PATRONYMIC = /(owitsch|ewitsch|ovich|evich|owna|ewna|ovna|evna)$/;

/**
 * The surname of a name that opens with given names: the first other word past initials and
 * particles („Jan C. Roth“, „Lisa De Vries“, „Hans Peter Roth“). A capitalised word after it is
 * no part of the name but the next phrase: „Am Abend traf Eva Roth Jan Ohm“, „Eva Roth Rosen“.
 */
function surnameAt(lex: Lexicon, tokens: Token[], i: number, runLast: number): number {
  let j = i;
  while (j < runLast && lex.givenNameGender(tokens[j].text)) j++;
  for (; j < runLast; j++) {
    const t = tokens[j];
    const initial = t.kind !== 'word' || /^\p{Lu}$/u.test(t.text);
    if (!initial && !NAME_PARTICLES.has(t.text) && !/^(der|den)$/.test(t.text) && !CAPITAL_PARTICLE.test(t.text) && !PATRONYMIC.test(t.text)) return j;
  }
  return runLast;
}

export interface RolePhrase {
  display: string;
  alias: string;
  /** Whether the mention is feminine („Ministerin“, „die Vorsitzende“). */
  feminine: boolean;
  head: string;
  adjective?: string;
  first: number;
}

/** „Präsidenten“ → „Präsident“: strips a case ending while the word still ends in its head. */
function nominative(noun: string, head: string): string {
  for (const ending of ['', 'n', 'en', 's', 'es']) {
    if (ending && !noun.endsWith(ending)) continue;
    const w = noun.slice(0, noun.length - ending.length);
    if (w.toLowerCase().endsWith(head)) return w;
  }
  return noun;
}

function adjectiveStem(word: string): string {
  return word.replace(/(en|em|er|es|e)$/, '');
}

/** Index of the first range starting at or after pos, in a list sorted by start. */
function firstAtOrAfter(list: Range[], pos: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function insertSorted<T extends Range>(list: T[], item: T): void {
  const at = list.length && list[list.length - 1].start > item.start ? firstAtOrAfter(list, item.start) : list.length;
  list.splice(at, 0, item);
}

/** Whether r lies inside one of the sorted, non-overlapping ranges. */
/** Length and first and last letter of a word, folded into one small integer (collisions are compared away). */
function shapeKey(length: number, first: number, last: number): number {
  return ((length & 0x3f) << 24) | ((first & 0xfff) << 12) | (last & 0xfff);
}

function inside(ranges: Range[], r: Range): boolean {
  const i = firstAtOrAfter(ranges, r.start + 1) - 1;
  return i >= 0 && ranges[i].start <= r.start && r.end <= ranges[i].end;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
    .slice(0, 48);
}
