// Import: brat `.ann` and W3C Web Annotation JSON-LD back into sidecar decisions. Targets are
// converted from code points and checked against the text; what no longer matches is re-anchored
// or kept as an orphan, never dropped.
import { anchor, makeTarget, type Annotation, type Person, type SidecarData } from '../annotations';
import { slug } from '../core/speakers';
import { isSpeechType } from '../core/kinds';
import type { HedgeKind, SpeechType } from '../core/types';
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

export function fromBrat(file: string, text: string, ann: string): ImportResult {
  const toUtf16 = utf16Index(text);
  const problems: string[] = [];
  const entities = new Map<string, { type: string; start: number; end: number; segments: { start: number; end: number }[] }>();
  const attrs = new Map<string, Record<string, string | true>>();
  const notes = new Map<string, string>();
  const relations: { type: string; a: string; b: string }[] = [];
  ann.split('\n').forEach((line, k) => {
    if (!line.trim()) return;
    const cols = line.split('\t');
    const id = cols[0];
    try {
      if (id.startsWith('T')) {
        const [type, ...rest] = cols[1].split(' ');
        const segments = rest.join(' ').split(';').map((f) => { const [s, e] = f.trim().split(' ').map(Number); return { start: toUtf16(s), end: toUtf16(e) }; });
        if (segments.some((s) => !Number.isFinite(s.start) || !Number.isFinite(s.end))) throw new Error('bad offsets');
        entities.set(id, { type, start: segments[0].start, end: segments[segments.length - 1].end, segments });
      } else if (id.startsWith('A')) {
        const [name, target, value] = cols[1].split(' ');
        attrs.set(target, { ...attrs.get(target), [name]: value ?? true });
      } else if (id.startsWith('#')) {
        const [, target] = cols[1].split(' ');
        notes.set(target, cols[2] ?? '');
      } else if (id.startsWith('R')) {
        const [type, a1, a2] = cols[1].split(' ');
        relations.push({ type, a: a1.replace('Arg1:', ''), b: a2.replace('Arg2:', '') });
      }
    } catch (e) {
      problems.push(`line ${k + 1}: ${(e as Error).message}: ${line.slice(0, 80)}`);
    }
  });
  const people = new Map<string, Person>();
  const annotations: Annotation[] = [];
  const speakerEntities = new Set(relations.filter((r) => r.type === 'Speaker').map((r) => r.b));
  const cueEntities = new Set(relations.filter((r) => r.type === 'Cue').map((r) => r.b));
  for (const [tid, e] of entities) {
    if (speakerEntities.has(tid) || cueEntities.has(tid)) continue;
    const at = attrs.get(tid) ?? {};
    const raw = notes.get(tid) ?? '';
    const m = /^\[([^\]]+)\] ?(.*)$/.exec(raw);
    const id = m ? m[1] : `${e.type[0].toLowerCase()}-${e.start}-${e.end}`;
    const note = m ? m[2] : raw;
    const kind = e.type === 'Quote' ? 'quote' : e.type === 'Hedge' ? 'hedge' : e.type === 'Speaker' ? 'speaker' : 'note';
    const rel = relations.find((r) => r.a === tid && r.type === 'Speaker');
    const speakerNote = rel ? notes.get(rel.b) : undefined;
    let speaker: string | undefined;
    if (speakerNote) {
      const sm = /^(.*?)(?: \((.*)\))?$/.exec(speakerNote)!;
      speaker = slug(sm[1]);
      if (!people.has(speaker)) people.set(speaker, { id: speaker, name: sm[1], ...(sm[2] ? { role: sm[2] } : {}), aliases: [] });
    }
    const cueRel = relations.find((r) => r.a === tid && r.type === 'Cue');
    const cue = cueRel ? entities.get(cueRel.b) : undefined;
    annotations.push({
      id, kind, status: at.Status === 'suggested' ? 'suggested' : 'accepted',
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
    const kind = isSpeechType(classifying) ? 'quote' : classifying.startsWith('hedge:') ? 'hedge' : classifying;
    const who = by('identifying');
    let speaker: string | undefined;
    if (who?.value) {
      speaker = typeof who['https://zitatlupe.invalid/vocab#speakerId'] === 'string' ? (who['https://zitatlupe.invalid/vocab#speakerId'] as string) : slug(who.value);
      if (!people.has(speaker)) people.set(speaker, { id: speaker, name: who.value, ...(who.description ? { role: who.description } : {}), aliases: [] });
    }
    const start = pos?.start !== undefined ? toUtf16(pos.start) : text.indexOf(quote!.exact!);
    const end = pos?.end !== undefined ? toUtf16(pos.end) : start + (quote?.exact?.length ?? 0);
    const target = { start, end, exact: quote?.exact ?? text.slice(start, end), prefix: quote?.prefix ?? '', suffix: quote?.suffix ?? '' };
    const cue = by('describing')?.value?.replace(/^cue:/, '');
    const note = by('commenting')?.value;
    annotations.push({
      id: item.id?.split('#').pop() || `w-${k}`, kind, status: status === 'suggested' ? 'suggested' : 'accepted',
      ...(kind === 'quote' ? { type: classifying as SpeechType } : {}),
      ...(kind === 'hedge' ? { hedgeKind: classifying.slice(6) as HedgeKind } : {}),
      ...(speaker ? { speaker } : {}), ...(cue ? { cue } : {}), ...(note ? { note } : {}),
      target,
    });
  });
  return finish(file, text, annotations, people, problems);
}
