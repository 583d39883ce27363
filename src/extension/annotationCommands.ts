// Editor workflow on decisions: accept or reject suggestions (command, hover link, lightbulb,
// navigator, in bulk), mark a selection as quote / hedge / speaker / note, change a quote's
// speaker, edit a person, delete an annotation, re-attach an orphan.
import * as vscode from 'vscode';
import { exactCandidates, makeTarget, newAnnotationId, type Annotation, type AnnotationStatus, type Person, type SidecarData } from '../annotations';
import { HEDGE_KINDS, hedgeAt, quoteAt, slug, SPEECH_TYPES } from '../core';
import type { AnalysisService } from './analysisService';
import type { AnnotationStore } from './annotationStore';
import { articleUri, commandTargets } from './commandArgs';
import { hedgeKindLabel, speechTypeLabel } from './labels';

interface Target {
  doc: vscode.TextDocument;
  id: string;
}

export function registerAnnotationCommands(service: AnalysisService, store: AnnotationStore): vscode.Disposable[] {
  const author = () => vscode.workspace.getConfiguration('zitatlupe').get<string>('author', '') || undefined;
  const now = () => new Date().toISOString();

  const docFor = async (uri?: string): Promise<vscode.TextDocument | undefined> => {
    if (uri) return vscode.workspace.openTextDocument(articleUri(uri));
    return vscode.window.activeTextEditor?.document;
  };

  /** The suggestion or annotation with this id, or the one under the cursor. */
  const itemAt = async (uri?: string, id?: string): Promise<Target | undefined> => {
    const doc = await docFor(uri);
    if (!doc) return undefined;
    if (id) return { doc, id };
    const r = await service.ready(doc);
    const editor = vscode.window.activeTextEditor;
    if (!r?.analysis || !editor || editor.document !== doc) return undefined;
    const offset = doc.offsetAt(editor.selection.active);
    const found = quoteAt(r.analysis, offset)?.quote.id ?? hedgeAt(r.analysis, offset)?.id
      ?? r.review?.rejected.find((x) => x.start <= offset && offset < x.end)?.id
      ?? [...(r.review?.notes ?? []), ...(r.review?.speakerMarks ?? [])].find((x) => x.target.start <= offset && offset < x.target.end)?.id;
    return found ? { doc, id: found } : undefined;
  };

  /** Records a decision about a suggestion (or changes one already made). */
  const decide = async (t: Target, status: AnnotationStatus, extra: Partial<Annotation> = {}, person?: Person) => {
    const r = await service.ready(t.doc);
    const a = r?.analysis;
    const existing = r?.review?.annotationOf.get(t.id) ?? store.get(t.doc.uri)?.data.annotations.find((x) => x.id === t.id);
    const quote = a?.quotes.find((q) => q.id === t.id);
    const hedge = a?.hedges.find((h) => h.id === t.id);
    const rejectedItem = r?.review?.rejected.find((x) => x.id === t.id);
    const span = quote ?? hedge ?? rejectedItem ?? existing?.target;
    if (!span) throw new Error(vscode.l10n.t('Nothing to decide here.'));
    const text = t.doc.getText();
    const annotation: Annotation = {
      ...(existing ?? {
        id: t.id, kind: hedge ? 'hedge' : rejectedItem?.kind ?? 'quote', created: now(), ...(author() ? { author: author() } : {}),
        ...(quote ? { type: quote.type, ...(quote.speaker?.speakerId ? { speaker: quote.speaker.speakerId } : {}), ...(quote.cue ? { cue: quote.cue.text } : {}) } : {}),
        ...(hedge ? { hedgeKind: hedge.kind } : {}),
        target: makeTarget(text, span.start, span.end),
      }),
      status, modified: now(), ...extra,
    };
    await store.update(t.doc, (data) => withPerson({ ...data, annotations: [...data.annotations.filter((x) => x.id !== annotation.id), annotation] }, person ?? personFromAnalysis(a, annotation.speaker)));
    service.refresh(t.doc.uri);
  };

  /** Accepts or rejects what the command was invoked on (several rows when several are selected). */
  const decideAll = async (args: readonly unknown[], status: AnnotationStatus) => {
    const targets = commandTargets(args);
    let decided = 0;
    for (const { uri, id } of targets) {
      const t = await itemAt(uri, id);
      if (t) { await decide(t, status); decided++; }
    }
    if (!decided) void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor on a quote or hedge first.'));
  };

  const guarded = <A extends unknown[]>(fn: (...args: A) => Promise<unknown>) => async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      void vscode.window.showErrorMessage(String((e as Error).message ?? e));
    }
  };

  const bulk = async (status: AnnotationStatus) => {
    const doc = vscode.window.activeTextEditor?.document;
    const r = doc && (await service.ready(doc));
    if (!doc || !r?.analysis) return;
    const open = [...r.analysis.quotes, ...r.analysis.hedges].filter((x) => !r.review?.status.has(x.id));
    if (!open.length) return void vscode.window.showInformationMessage(vscode.l10n.t('No open suggestions in this article.'));
    const verb = status === 'accepted' ? vscode.l10n.t('Accept') : vscode.l10n.t('Reject');
    const question = open.length === 1 ? vscode.l10n.t('{0} the one open suggestion in this article?', verb) : vscode.l10n.t('{0} all {1} open suggestions in this article?', verb, open.length);
    const ok = await vscode.window.showWarningMessage(question, { modal: true }, verb);
    if (ok !== verb) return;
    const text = doc.getText();
    const stamp = now();
    await store.update(doc, (data) => ({
      ...data,
      annotations: [...data.annotations, ...open.map((x): Annotation => ({
        id: x.id, kind: 'kind' in x ? 'hedge' : 'quote', status, created: stamp, ...(author() ? { author: author() } : {}),
        ...('type' in x ? { type: x.type, ...(x.speaker?.speakerId ? { speaker: x.speaker.speakerId } : {}), ...(x.cue ? { cue: x.cue.text } : {}) } : { hedgeKind: x.kind }),
        target: makeTarget(text, x.start, x.end),
      }))],
    }));
    service.refresh(doc.uri);
  };

  const mark = async (kind: string, fields: () => Promise<Partial<Annotation> | undefined>) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty) return void vscode.window.showInformationMessage(vscode.l10n.t('Select the text to annotate first.'));
    const extra = await fields();
    if (!extra) return;
    const doc = editor.document;
    const start = doc.offsetAt(editor.selection.start), end = doc.offsetAt(editor.selection.end);
    const state = await store.ensure(doc);
    const id = newAnnotationId(new Set(state?.data.annotations.map((a) => a.id) ?? []), kind[0]);
    await store.update(doc, (data) => ({
      ...data,
      annotations: [...data.annotations, { id, kind, status: 'accepted', created: now(), ...(author() ? { author: author() } : {}), ...extra, target: makeTarget(doc.getText(), start, end) }],
    }));
    service.refresh(doc.uri);
  };

  const pickType = async (step?: [number, number]) => {
    const pick = await vscode.window.showQuickPick(SPEECH_TYPES.map((t) => ({ label: speechTypeLabel(t), t })), { title: stepTitle(vscode.l10n.t('Mark as quote: which type?'), step) });
    return pick && { type: pick.t };
  };
  const pickHedge = async () => {
    const pick = await vscode.window.showQuickPick(HEDGE_KINDS.map((k) => ({ label: hedgeKindLabel(k).name, detail: hedgeKindLabel(k).explanation, k })), { title: vscode.l10n.t('Mark as hedge: which kind?') });
    return pick && { hedgeKind: pick.k };
  };

  /**
   * A person from the article's registry or the sidecar, or a new one; with `allowNone`, also
   * „no speaker“ (null). Undefined when the user cancels.
   */
  const pickPerson = async (doc: vscode.TextDocument, opts: { allowNone?: boolean; step?: [number, number] } = {}): Promise<Person | null | undefined> => {
    const a = service.current(doc)?.analysis;
    const people = new Map<string, Person>();
    for (const s of a?.speakers ?? []) if (s.kind !== 'unknown' || s.mentions.length) people.set(s.id, { id: s.id, name: s.name, ...(s.role ? { role: s.role } : {}), aliases: s.aliases });
    for (const p of store.get(doc.uri)?.data.speakers ?? []) people.set(p.id, p);
    const NEW = '$new', NONE = '$none';
    const pick = await vscode.window.showQuickPick(
      [
        ...[...people.values()].map((p) => ({ label: p.name, description: p.role, id: p.id })),
        { label: `$(add) ${vscode.l10n.t('New person…')}`, description: '', id: NEW },
        ...(opts.allowNone ? [{ label: `$(circle-slash) ${vscode.l10n.t('No speaker')}`, description: vscode.l10n.t('the speaker is not named'), id: NONE }] : []),
      ],
      { title: stepTitle(vscode.l10n.t('Who is the speaker?'), opts.step), matchOnDescription: true });
    if (!pick) return undefined;
    if (pick.id === NONE) return null;
    if (pick.id !== NEW) return people.get(pick.id);
    const name = await vscode.window.showInputBox({ title: vscode.l10n.t('Name of the new person'), validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name is needed.')) });
    if (!name) return undefined;
    const role = await vscode.window.showInputBox({ title: vscode.l10n.t('Role (optional)'), placeHolder: vscode.l10n.t('e.g. Sprecherin des Ministeriums') });
    const id = slugId(name.trim(), new Set(people.keys()));
    return { id, name: name.trim(), ...(role?.trim() ? { role: role.trim() } : {}), aliases: [] };
  };

  return [
    vscode.commands.registerCommand('zitatlupe.accept', guarded((...args: unknown[]) => decideAll(args, 'accepted'))),
    vscode.commands.registerCommand('zitatlupe.reject', guarded((...args: unknown[]) => decideAll(args, 'rejected'))),
    vscode.commands.registerCommand('zitatlupe.undoDecision', guarded(async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return;
      if (!store.undo(doc.uri)) return void vscode.window.showInformationMessage(vscode.l10n.t('No decision to undo in this article.'));
      service.refresh(doc.uri);
    })),
    vscode.commands.registerCommand('zitatlupe.acceptAll', guarded(() => bulk('accepted'))),
    vscode.commands.registerCommand('zitatlupe.rejectAll', guarded(() => bulk('rejected'))),
    vscode.commands.registerCommand('zitatlupe.markQuote', guarded(async () => {
      // Type and speaker in one flow, so the new quote is complete at once.
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return;
      let person: Person | null | undefined;
      await mark('quote', async () => {
        const type = await pickType([1, 2]);
        if (!type) return undefined;
        person = await pickPerson(doc, { allowNone: true, step: [2, 2] });
        if (person === undefined) return undefined;
        return { ...type, ...(person ? { speaker: person.id } : {}) };
      });
      if (person) await store.update(doc, (data) => withPerson(data, person ?? undefined));
    })),
    vscode.commands.registerCommand('zitatlupe.markHedge', guarded(() => mark('hedge', pickHedge))),
    vscode.commands.registerCommand('zitatlupe.markSpeaker', guarded(async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return;
      let person: Person | undefined;
      await mark('speaker', async () => {
        person = (await pickPerson(doc)) ?? undefined;
        return person && { speaker: person.id };
      });
      if (person) await store.update(doc, (data) => withPerson(data, person));
    })),
    vscode.commands.registerCommand('zitatlupe.markLabel', guarded(async () => {
      // Labels of the newsroom's own (setting zitatlupe.annotationKinds), e.g. „faktencheck“.
      const labels = vscode.workspace.getConfiguration('zitatlupe').get<string[]>('annotationKinds', []).filter((x) => x && !['quote', 'hedge', 'speaker', 'note'].includes(x));
      if (!labels.length) {
        const open = vscode.l10n.t('Open Settings');
        if (await vscode.window.showInformationMessage(vscode.l10n.t('No own labels yet: add them to the setting zitatlupe.annotationKinds.'), open) === open) {
          await vscode.commands.executeCommand('workbench.action.openSettings', 'zitatlupe.annotationKinds');
        }
        return;
      }
      const label = await vscode.window.showQuickPick(labels, { title: vscode.l10n.t('Mark the selection with which label?') });
      if (!label) return;
      await mark(label, async () => {
        const note = await vscode.window.showInputBox({ title: vscode.l10n.t('Note (optional)') });
        return note === undefined ? undefined : note ? { note } : {};
      });
    })),
    vscode.commands.registerCommand('zitatlupe.addNote', guarded(() => mark('note', async () => {
      const note = await vscode.window.showInputBox({ title: vscode.l10n.t('Note'), placeHolder: vscode.l10n.t('e.g. check against the transcript') });
      return note ? { note } : undefined;
    }))),
    vscode.commands.registerCommand('zitatlupe.changeSpeaker', guarded(async (...args: unknown[]) => {
      const [{ uri, id }] = commandTargets(args);
      const t = await itemAt(uri, id);
      if (!t) return void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor on a quote first.'));
      const person = await pickPerson(t.doc, { allowNone: true });
      if (person === null) await decide(t, 'accepted', { speaker: undefined });
      else if (person) await decide(t, 'accepted', { speaker: person.id }, person);
    })),
    vscode.commands.registerCommand('zitatlupe.editPerson', guarded(async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return;
      const person = await pickPerson(doc);
      if (!person) return;
      const name = await vscode.window.showInputBox({ title: vscode.l10n.t('Name'), value: person.name });
      if (name === undefined) return;
      const role = await vscode.window.showInputBox({ title: vscode.l10n.t('Role'), value: person.role ?? '' });
      if (role === undefined) return;
      const aliases = await vscode.window.showInputBox({ title: vscode.l10n.t('Aliases (comma-separated)'), value: person.aliases.join(', ') });
      if (aliases === undefined) return;
      const edited: Person = { id: person.id, name: name.trim() || person.name, ...(role.trim() ? { role: role.trim() } : {}), aliases: aliases.split(',').map((x) => x.trim()).filter(Boolean) };
      await store.update(doc, (data) => ({ ...data, speakers: [...data.speakers.filter((p) => p.id !== edited.id), edited] }));
      service.refresh(doc.uri);
    })),
    vscode.commands.registerCommand('zitatlupe.deleteAnnotation', guarded(async (...args: unknown[]) => {
      let deleted = 0;
      for (const { uri, id } of commandTargets(args)) {
        const t = await itemAt(uri, id);
        const state = t && (await store.ensure(t.doc));
        if (!t || !state?.data.annotations.some((a) => a.id === t.id)) continue;
        await store.update(t.doc, (data) => ({ ...data, annotations: data.annotations.filter((a) => a.id !== t.id) }));
        service.refresh(t.doc.uri);
        deleted++;
      }
      if (!deleted) void vscode.window.showInformationMessage(vscode.l10n.t('No annotation here.'));
    })),
    vscode.commands.registerCommand('zitatlupe.reattach', guarded(async (...args: unknown[]) => {
      const [{ uri, id }] = commandTargets(args);
      // From the navigator: the orphan's article, where the user has selected its new place — or,
      // with nothing selected, one of the places where its words still occur.
      const editor = uri ? vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri) ?? vscode.window.activeTextEditor : vscode.window.activeTextEditor;
      if (!editor) return;
      const state = await store.ensure(editor.document);
      const orphans = state?.data.annotations.filter((a) => a.orphaned) ?? [];
      const chosen = id ?? (await vscode.window.showQuickPick(orphans.map((a) => ({ label: a.target.exact, description: a.kind, id: a.id })), { title: vscode.l10n.t('Re-attach which orphaned annotation?') }))?.id;
      const orphan = orphans.find((a) => a.id === chosen);
      if (!orphan) return;
      const doc = editor.document;
      const text = doc.getText();
      let place: { start: number; end: number } | undefined;
      if (!editor.selection.isEmpty) {
        place = { start: doc.offsetAt(editor.selection.start), end: doc.offsetAt(editor.selection.end) };
      } else {
        const candidates = exactCandidates(text, orphan.target).slice(0, 50);
        if (!candidates.length) return void vscode.window.showInformationMessage(vscode.l10n.t('Select the text the orphaned annotation belongs to first.'));
        const pick = await vscode.window.showQuickPick(candidates.map((c) => ({
          label: vscode.l10n.t('Line {0}', doc.positionAt(c.start).line + 1),
          detail: `…${text.slice(Math.max(0, c.start - 40), c.start)}[${text.slice(c.start, c.end)}]${text.slice(c.end, c.end + 40)}…`.replace(/\s+/g, ' '),
          c,
        })), { title: vscode.l10n.t('Re-attach „{0}“ where?', orphan.target.exact.slice(0, 40)), matchOnDetail: true });
        place = pick?.c;
      }
      if (!place) return;
      const target = makeTarget(text, place.start, place.end);
      await store.update(doc, (data) => ({ ...data, annotations: data.annotations.map((a) => (a.id === chosen ? { ...withoutOrphan(a), target, modified: now() } : a)) }));
      service.refresh(doc.uri);
    })),
  ];
}

/** „Who is the speaker? (2/2)“ inside a flow of pickers. */
function stepTitle(title: string, step?: [number, number]): string {
  return step ? `${title} (${step[0]}/${step[1]})` : title;
}

function withoutOrphan(a: Annotation): Annotation {
  const { orphaned: _gone, ...rest } = a;
  return rest;
}

function personFromAnalysis(a: { speakers: { id: string; name: string; role?: string; aliases: string[] }[] } | undefined, id: string | undefined): Person | undefined {
  const s = id ? a?.speakers.find((x) => x.id === id) : undefined;
  return s && { id: s.id, name: s.name, ...(s.role ? { role: s.role } : {}), aliases: s.aliases };
}

/** Adds the person to the sidecar's registry when a decision refers to them. */
function withPerson(data: SidecarData, person: Person | undefined): SidecarData {
  if (!person || data.speakers.some((p) => p.id === person.id)) return data;
  return { ...data, speakers: [...data.speakers, person] };
}

function slugId(name: string, taken: Set<string>): string {
  const base = slug(name) || 'person';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Lightbulb actions on a suggestion or annotation under the cursor. */
export class DecisionCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  constructor(private readonly service: AnalysisService) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
    const r = await this.service.ready(doc);
    if (!r?.analysis) return [];
    const offset = doc.offsetAt(range.start);
    const quote = quoteAt(r.analysis, offset)?.quote;
    const hedge = hedgeAt(r.analysis, offset);
    const out: vscode.CodeAction[] = [];
    const uri = doc.uri.toString();
    const add = (title: string, command: string, id: string) => {
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.command = { command, title, arguments: [uri, id] };
      out.push(action);
    };
    for (const item of [quote, hedge]) {
      if (!item) continue;
      const what = 'kind' in item ? vscode.l10n.t('hedge') : vscode.l10n.t('quote');
      const state = r.review?.status.get(item.id);
      if (state !== 'accepted') add(vscode.l10n.t('Accept {0} „{1}“', what, short(item.text)), 'zitatlupe.accept', item.id);
      if (state !== 'rejected') add(vscode.l10n.t('Reject {0} „{1}“', what, short(item.text)), 'zitatlupe.reject', item.id);
      if (!('kind' in item)) add(vscode.l10n.t('Change speaker…'), 'zitatlupe.changeSpeaker', item.id);
      if (state) add(vscode.l10n.t('Delete the decision'), 'zitatlupe.deleteAnnotation', item.id);
    }
    const rejected = r.review?.rejected.find((x) => x.start <= offset && offset < x.end);
    if (rejected) add(vscode.l10n.t('Accept the rejected suggestion „{0}“ after all', short(rejected.text)), 'zitatlupe.accept', rejected.id);
    return out;
  }
}

/** A one-line excerpt for a menu, without the quote's own marks (the message adds „…“). */
function short(s: string): string {
  const flat = s.replace(/\s+/g, ' ').replace(/^[„“”"»«‚‘‹›]+|[„“”"»«‚‘‹›]+$/g, '');
  return flat.length > 40 ? flat.slice(0, 39) + '…' : flat;
}
