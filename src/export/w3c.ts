// W3C Web Annotation (JSON-LD): one AnnotationCollection per article, each item an Annotation
// with TextQuoteSelector + TextPositionSelector (code point offsets, as the model requires) and
// bodies for type, speaker and note.
import { codePointIndex, type ExportDoc, type ExportItem } from './model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const VOCAB = 'https://zitatlupe.invalid/vocab#';

export function toW3c(doc: ExportDoc, base = `urn:zitatlupe:${encodeURIComponent(doc.file)}`): Record<string, unknown> {
  const cp = codePointIndex(doc.text);
  const items = doc.items.map((i) => annotation(doc, i, base, cp));
  return {
    '@context': ANNO_CONTEXT,
    id: base,
    type: 'AnnotationCollection',
    label: doc.file,
    total: items.length,
    first: { id: `${base}/page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

function annotation(doc: ExportDoc, i: ExportItem, base: string, cp: (o: number) => number): Record<string, unknown> {
  const body: Record<string, unknown>[] = [
    { type: 'TextualBody', purpose: 'classifying', value: i.kind === 'quote' ? i.type ?? 'direct' : i.kind === 'hedge' ? `hedge:${i.hedgeKind}` : i.kind },
    { type: 'TextualBody', purpose: 'tagging', value: `status:${i.status}` },
  ];
  if (i.speaker) body.push({ type: 'TextualBody', purpose: 'identifying', value: i.speaker.name, ...(i.speaker.role ? { description: i.speaker.role } : {}), ...(i.speaker.id ? { [`${VOCAB}speakerId`]: i.speaker.id } : {}) });
  if (i.cue) body.push({ type: 'TextualBody', purpose: 'describing', value: `cue:${i.cue.text}` });
  if (i.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: i.note });
  const prefix = doc.text.slice(Math.max(0, i.start - 32), i.start);
  const suffix = doc.text.slice(i.end, i.end + 32);
  return {
    id: `${base}#${i.id}`,
    type: 'Annotation',
    motivation: i.note ? 'commenting' : 'classifying',
    body,
    target: {
      source: doc.file,
      selector: [
        { type: 'TextQuoteSelector', exact: doc.text.slice(i.start, i.end), prefix, suffix },
        { type: 'TextPositionSelector', start: cp(i.start), end: cp(i.end) },
      ],
    },
  };
}
