// W3C Web Annotation (JSON-LD): one AnnotationCollection per article, each item an Annotation
// with TextQuoteSelector + TextPositionSelector (code point offsets, as the model requires) and
// bodies for type, status, speaker, cue, medium and note. Every key is a term of the W3C context or of the
// small Zitatlupe context the document declares, so JSON-LD expansion keeps all of it; the source
// is an absolute IRI (the article's file: URI, or one under a base the user gives).
import { contextAfter, contextBefore } from '../annotations/model';
import { codePointIndex, type ExportDoc, type ExportItem } from './model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Zitatlupe's own terms: a speaker's id and role, and decisions that leave no live target. */
export const ZITATLUPE_CONTEXT = {
  zl: 'https://zitatlupe.invalid/vocab#',
  speakerId: 'zl:speakerId',
  role: 'zl:role',
  aliases: { '@id': 'zl:aliases', '@container': '@list' },
};

/** `source`: the article's absolute IRI (default: a urn: of its file name). */
export function toW3c(doc: ExportDoc, source = `urn:zitatlupe:${encodeURIComponent(doc.file)}`): Record<string, unknown> {
  const cp = codePointIndex(doc.text);
  const base = source;
  const items = doc.items.map((i) => annotation(doc, i, base, source, cp));
  return {
    '@context': [ANNO_CONTEXT, ZITATLUPE_CONTEXT],
    id: `${base}#annotations`,
    type: 'AnnotationCollection',
    label: doc.file,
    total: items.length,
    first: { id: `${base}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

function annotation(doc: ExportDoc, i: ExportItem, base: string, source: string, cp: (o: number) => number): Record<string, unknown> {
  const body: Record<string, unknown>[] = [
    { type: 'TextualBody', purpose: 'classifying', value: i.kind === 'quote' ? i.type ?? 'direct' : i.kind === 'hedge' ? `hedge:${i.hedgeKind}` : i.kind },
    { type: 'TextualBody', purpose: 'tagging', value: `status:${i.status}` },
  ];
  if (i.speaker) body.push({ type: 'TextualBody', purpose: 'identifying', value: i.speaker.name, ...(i.speaker.role ? { role: i.speaker.role } : {}), ...(i.speaker.id ? { speakerId: i.speaker.id } : {}), ...(i.speaker.aliases?.length ? { aliases: i.speaker.aliases } : {}) });
  if (i.cue) body.push({ type: 'TextualBody', purpose: 'describing', value: `cue:${i.cue.text}` });
  if (i.medium) body.push({ type: 'TextualBody', purpose: 'describing', value: `medium:${i.medium.name}` });
  if (i.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: i.note });
  return {
    id: `${base}#${encodeURIComponent(i.id)}`,
    type: 'Annotation',
    motivation: i.note ? 'commenting' : 'classifying',
    body,
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: doc.text.slice(i.start, i.end), prefix: contextBefore(doc.text, i.start), suffix: contextAfter(doc.text, i.end) },
        { type: 'TextPositionSelector', start: cp(i.start), end: cp(i.end) },
      ],
    },
  };
}
