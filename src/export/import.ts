// Import: brat `.ann` and W3C Web Annotation JSON-LD back into sidecar decisions. Targets are
// converted from code points and checked against the text; what no longer matches is re-anchored
// or kept as an orphan, never dropped.
import { anchor, makeTarget, type Annotation, type Person, type SidecarData } from '../annotations';
import { slug } from '../core/speakers';
import { isSpeechType } from '../core/kinds';
import type { HedgeKind, SpeechType } from '../core/types';
import { unescapeNote } from './brat';
import { utf16Index } from './model';


export interface ImportResult {
  data: SidecarData;
  /** Lines or items that could not be read, with the reason. */
  problems: string[];
}

function finish(file: string, text: string, annotations: Annotation[], people: Map<string, Person>, problems: string[]): ImportResult {
  // Check every target against the text: exact position, else re-anchor, else orphan.
  const checked = annotations.map((a) => {
    const found = anchor(text, a.target);
    if (found.how === 'orphaned') return { ...a, orphaned: true };
    return found.how === 'position' ? a : { ...a, target: makeTarget(text, found.start, found.end) };
  });
  return { data: { version: 1, document: { file }, speakers: [...people.values()], annotations: checked }, problems };
}

const ENTITY_KINDS = new Set(['Quote', 'Hedge', 'Speaker', 'Cue', 'Medium', 'Note']);
const ATTRIBUTES = new Set(['Type', 'Status', 'HedgeKind', 'InQuote']);
const STATUSES = new Set(['accepted', 'suggested', 'rejected']);

export function fromBrat(file: string, text: string, ann: string): ImportResult {
  const toUtf16 = utf16Index(text);
  const problems: string[] = [];
  const entities = new Map<string, { type: string; start: number; end: number; segments: { start: number; end: number }[] }>();
  const attrs = new Map<string, Record<string, string | true>>();
  const notes = new Map<string, string>();
  const relations: { type: string; a: string; b: string }[] = [];
  // (brat files come with \r\n too; everything not understood is reported with its line, never dropped in silence.)
  ann.split(/\r?\n/).forEach((line, k) => {
    if (!line.trim()) return;
    const cols = line.split('\t');
    const id = cols[0];
    const skip = (why: string) => problems.push(`line ${k + 1}: ${why}, not imported: ${line.slice(0, 80)}`);
    try {
      if (id.startsWith('T')) {
        const [type, ...rest] = (cols[1] ?? '').split(' ');
        const segments = rest.join(' ').split(';').map((f) => { const [s, e] = f.trim().split(' ').map(Number); return { start: toUtf16(s), end: toUtf16(e) }; });
        if (segments.some((s) => !Number.isFinite(s.start) || !Number.isFinite(s.end) || s.start > s.end)) throw new Error('bad offsets');
        if (!ENTITY_KINDS.has(type)) problems.push(`line ${k + 1}: entity type ${type} is not Zitatlupe's; imported as a note`);
        // (Pieces apart by a comma or a space only — „Anna Roth, die“ — lose nothing when joined.)
        const wordsBetween = segments.some((seg, i) => i > 0 && /[\p{L}\p{N}]/u.test(text.slice(segments[i - 1].end, seg.start)));
        if (segments.length > 1 && type !== 'Cue' && wordsBetween) problems.push(`line ${k + 1}: ${id} has ${segments.length} fragments; a sidecar target is one span, so it covers all of them and the text between`);
        entities.set(id, { type, start: segments[0].start, end: segments[segments.length - 1].end, segments });
      } else if (id.startsWith('A') || id.startsWith('M')) {
        const [name, target, value] = (cols[1] ?? '').split(' ');
        if (!ATTRIBUTES.has(name)) return skip(`attribute ${name}`);
        if (name === 'Status' && !STATUSES.has(value)) return skip(`status ${value}`);
        attrs.set(target, { ...attrs.get(target), [name]: value ?? true });
      } else if (id.startsWith('#')) {
        const [type, target] = (cols[1] ?? '').split(' ');
        if (type !== 'AnnotatorNotes') return skip(`note type ${type}`);
        // (Two notes on one annotation are joined, line by line.)
        notes.set(target, notes.has(target) ? `${notes.get(target)}\n${cols[2] ?? ''}` : cols[2] ?? '');
      } else if (id.startsWith('R')) {
        const [type, a1, a2] = (cols[1] ?? '').split(' ');
        if (type !== 'Speaker' && type !== 'Cue' && type !== 'Medium') return skip(`relation ${type}`);
        relations.push({ type, a: a1.replace('Arg1:', ''), b: a2.replace('Arg2:', '') });
      } else if (id.startsWith('*')) {
        skip('an Equiv line');
      } else if (id.startsWith('N')) {
        skip('a normalization');
      } else if (id.startsWith('E')) {
        skip('an event');
      } else {
        skip('an unknown kind of line');
      }
    } catch (e) {
      problems.push(`line ${k + 1}: ${(e as Error).message}: ${line.slice(0, 80)}`);
    }
  });
  const people = new Map<string, Person>();
  const annotations: Annotation[] = [];
  const speakerEntities = new Set(relations.filter((r) => r.type === 'Speaker').map((r) => r.b));
  const cueEntities = new Set(relations.filter((r) => r.type === 'Cue').map((r) => r.b));
  // (A medium, like a cue, belongs to its quote: the analysis finds it again, so it is no annotation of its own.)
  const mediumEntities = new Set(relations.filter((r) => r.type === 'Medium').map((r) => r.b));
  for (const [tid, e] of entities) {
    if (speakerEntities.has(tid) || cueEntities.has(tid) || mediumEntities.has(tid) || e.type === 'Medium') continue;
    const at = attrs.get(tid) ?? {};
    const raw = notes.get(tid) ?? '';
    const m = /^\[([^\]]+)\] ?(.*)$/.exec(raw);
    const id = m ? m[1] : `${e.type[0].toLowerCase()}-${e.start}-${e.end}`;
    // (Only notes Zitatlupe wrote — those with the [id] — carry escaped line breaks.)
    const note = m ? unescapeNote(m[2]) : raw;
    const kind = e.type === 'Quote' ? 'quote' : e.type === 'Hedge' ? 'hedge' : e.type === 'Speaker' ? 'speaker' : 'note';
    const rel = relations.find((r) => r.a === tid && r.type === 'Speaker');
    const speakerNote = rel ? notes.get(rel.b) : undefined;
    let speaker: string | undefined;
    if (speakerNote) {
      const [person, ...aliases] = speakerNote.split(' | ');
      const sm = /^(.*?)(?: \((.*)\))?$/.exec(person)!;
      speaker = slug(sm[1]);
      if (!people.has(speaker)) people.set(speaker, { id: speaker, name: sm[1], ...(sm[2] ? { role: sm[2] } : {}), aliases });
    }
    const cueRel = relations.find((r) => r.a === tid && r.type === 'Cue');
    const cue = cueRel ? entities.get(cueRel.b) : undefined;
    annotations.push({
      id, kind, status: at.Status === 'suggested' || at.Status === 'rejected' ? at.Status : 'accepted',
      ...(kind === 'quote' && typeof at.Type === 'string' && isSpeechType(at.Type) ? { type: at.Type } : {}),
      ...(speaker ? { speaker } : {}),
      ...(cue ? { cue: cue.segments.map((s) => text.slice(s.start, s.end)).join(' ') } : {}),
      ...(kind === 'hedge' && typeof at.HedgeKind === 'string' ? { hedgeKind: at.HedgeKind as HedgeKind } : {}),
      ...(note ? { note } : {}),
      target: makeTarget(text, e.start, e.end),
    });
  }
  return finish(file, text, annotations, people, problems);
}

/** Zitatlupe's own vocabulary (its terms `speakerId` and `role`, as src/export/w3c.ts declares them). */
const ZL = 'https://zitatlupe.invalid/vocab#';

interface W3cBody { purpose?: string; value?: string; description?: string; [k: string]: unknown }
interface W3cAnnotation { id?: string; body?: W3cBody | W3cBody[]; target?: { selector?: { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }[] } }

export function fromW3c(file: string, text: string, json: unknown): ImportResult {
  const problems: string[] = [];
  const toUtf16 = utf16Index(text);
  const root = json as { type?: string; first?: { items?: W3cAnnotation[] }; items?: W3cAnnotation[] };
  const list: W3cAnnotation[] = root?.type === 'AnnotationCollection' ? root.first?.items ?? [] : Array.isArray(json) ? (json as W3cAnnotation[]) : root?.items ?? [];
  const people = new Map<string, Person>();
  const annotations: Annotation[] = [];
  list.forEach((item, k) => {
    const selectors = item.target?.selector ?? [];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    const pos = selectors.find((s) => s.type === 'TextPositionSelector');
    if (!quote?.exact && !pos) return void problems.push(`item ${k + 1}: no TextQuoteSelector or TextPositionSelector`);
    const bodies = Array.isArray(item.body) ? item.body : item.body ? [item.body] : [];
    const by = (purpose: string) => bodies.find((b) => b.purpose === purpose);
    const classifying = String(by('classifying')?.value ?? 'note');
    const status = String(by('tagging')?.value ?? '').replace('status:', '');
    if (status && !STATUSES.has(status)) problems.push(`item ${k + 1}: status ${status} is not Zitatlupe's; imported as accepted`);
    const kind = isSpeechType(classifying) ? 'quote' : classifying.startsWith('hedge:') ? 'hedge' : classifying;
    const who = by('identifying');
    let speaker: string | undefined;
    if (who?.value) {
      const term = (name: string) => who[name] ?? who[`${ZL}${name}`];
      const id = term('speakerId'), role = term('role') ?? who.description, aliases = term('aliases');
      speaker = typeof id === 'string' ? id : slug(who.value);
      if (!people.has(speaker)) people.set(speaker, { id: speaker, name: who.value, ...(typeof role === 'string' ? { role } : {}), aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [] });
    }
    const start = pos?.start !== undefined ? toUtf16(pos.start) : text.indexOf(quote!.exact!);
    const end = pos?.end !== undefined ? toUtf16(pos.end) : start + (quote?.exact?.length ?? 0);
    const target = { start, end, exact: quote?.exact ?? text.slice(start, end), prefix: quote?.prefix ?? '', suffix: quote?.suffix ?? '' };
    // (A medium is a describing body too, „medium:BBC“: it comes from the analysis, not from a decision.)
    const cue = bodies.find((b) => b.purpose === 'describing' && !String(b.value ?? '').startsWith('medium:'))?.value?.replace(/^cue:/, '');
    const note = by('commenting')?.value;
    annotations.push({
      id: item.id?.split('#').pop() || `w-${k}`, kind, status: status === 'suggested' || status === 'rejected' ? status : 'accepted',
      ...(kind === 'quote' ? { type: classifying as SpeechType } : {}),
      ...(kind === 'hedge' ? { hedgeKind: classifying.slice(6) as HedgeKind } : {}),
      ...(speaker ? { speaker } : {}), ...(cue ? { cue } : {}), ...(note ? { note } : {}),
      target,
    });
  });
  return finish(file, text, annotations, people, problems);
}
