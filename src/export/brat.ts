// brat standoff: an `.ann` beside a `.txt` copy of the article. Text-bound annotations for quotes,
// speakers, cues, media and hedges (discontinuous ones as fragments), relations quote→speaker,
// quote→cue and quote→medium, attributes for type, status and hedge kind, notes as
// AnnotatorNotes, and an `annotation.conf` that brat accepts. brat counts offsets in code points.
import { HEDGE_KINDS, SPEECH_TYPES, STATUSES } from '../core/kinds';
import { codePointIndex, type ExportDoc } from './model';

export const BRAT_CONF = `[entities]
Quote
Speaker
Cue
Medium
Hedge
Note

[relations]
Speaker\tArg1:Quote, Arg2:Speaker
Cue\tArg1:Quote, Arg2:Cue
Medium\tArg1:Quote, Arg2:Medium
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Type\tArg:Quote, Value:${SPEECH_TYPES.join('|')}
Status\tArg:<ENTITY>, Value:${STATUSES.join('|')}
HedgeKind\tArg:Hedge, Value:${HEDGE_KINDS.join('|')}
InQuote\tArg:Hedge
`;

/**
 * Characters other than \n that brat (Python's `splitlines`) takes for a line break: CR, VT, FF,
 * the file/group/record separators, NEL, LINE and PARAGRAPH SEPARATOR. brat joins the lines again
 * with one \n, so each would shift every later offset. Each becomes a space in the .txt and in the
 * .ann, one code point for one: the offsets still hold, and the .txt has \n as its only break.
 */
export const BRAT_LINE_BREAKS = /[\r\v\f\x1c-\x1e\x85\u2028\u2029]/g;

/** A note's line breaks and tabs as \\n and \\t (a backslash doubled), so that a note stays one brat line and comes back whole. */
export function escapeNote(note: string): string {
  return note.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t');
}

export function unescapeNote(note: string): string {
  return note.replace(/\\([\\nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
}

export function toBrat(doc: ExportDoc): { txt: string; ann: string } {
  const cp = codePointIndex(doc.text);
  const lines: string[] = [];
  let t = 0, r = 0, a = 0, n = 0;
  // The .ann text column holds no tab and no line break of any kind.
  const flat = (s: string) => s.replace(/[\t\n]/g, ' ').replace(BRAT_LINE_BREAKS, ' ');
  const entity = (type: string, spans: { start: number; end: number }[]) => {
    // (Offsets come re-anchored from buildExport; a span outside the text is a bug, said loudly.)
    for (const s of spans) if (!(s.start >= 0 && s.start <= s.end && s.end <= doc.text.length)) throw new Error(`${doc.file}: offsets ${s.start}–${s.end} lie outside the text (${doc.text.length} characters)`);
    const id = `T${++t}`;
    const frag = spans.map((s) => `${cp(s.start)} ${cp(s.end)}`).join(';');
    lines.push(`${id}\t${type} ${frag}\t${flat(spans.map((s) => doc.text.slice(s.start, s.end)).join(' '))}`);
    return id;
  };
  const attr = (name: string, target: string, value?: string) => lines.push(`A${++a}\t${name} ${target}${value ? ` ${value}` : ''}`);
  for (const i of doc.items) {
    const spans = i.segments?.length ? i.segments : [i];
    const kind = i.kind === 'quote' ? 'Quote' : i.kind === 'hedge' ? 'Hedge' : i.kind === 'speaker' ? 'Speaker' : 'Note';
    const id = entity(kind, spans);
    if (i.kind === 'quote' && i.type) attr('Type', id, i.type);
    attr('Status', id, i.status);
    if (i.kind === 'hedge') {
      attr('HedgeKind', id, i.hedgeKind);
      if (i.inQuote) attr('InQuote', id);
    }
    // The note carries the annotation id, so an import can give decisions back their ids.
    lines.push(`#${++n}\tAnnotatorNotes ${id}\t[${flat(i.id)}]${i.note ? ` ${flat(escapeNote(i.note))}` : ''}`);
    if (i.kind === 'quote' && i.speaker?.mention) {
      const s = entity('Speaker', i.speaker.mention.segments?.length ? i.speaker.mention.segments : [i.speaker.mention]);
      // „Name (Role) | Alias | Alias“: the person as brat shows it, with the aliases kept for an import.
      lines.push(`#${++n}\tAnnotatorNotes ${s}\t${flat(i.speaker.name)}${i.speaker.role ? ` (${flat(i.speaker.role)})` : ''}${(i.speaker.aliases ?? []).map((a) => ` | ${flat(a)}`).join('')}`);
      lines.push(`R${++r}\tSpeaker Arg1:${id} Arg2:${s}`);
    }
    if (i.kind === 'quote' && i.cue) {
      const c = entity('Cue', i.cue.segments?.length ? i.cue.segments : [i.cue]);
      lines.push(`R${++r}\tCue Arg1:${id} Arg2:${c}`);
    }
    if (i.kind === 'quote' && i.medium) {
      const m = entity('Medium', [i.medium.mention]);
      lines.push(`#${++n}\tAnnotatorNotes ${m}\t${flat(i.medium.name)}`);
      lines.push(`R${++r}\tMedium Arg1:${id} Arg2:${m}`);
    }
  }
  return { txt: doc.text.replace(BRAT_LINE_BREAKS, ' '), ann: lines.length ? lines.join('\n') + '\n' : '' };
}
