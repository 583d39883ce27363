// Merging a sidecar that changed on disk (git pull, a hand edit) with decisions not yet saved.
// Three-way by annotation id: what only one side changed is taken; the same annotation changed
// differently on both sides is a conflict for the user to decide. Nothing is silently clobbered.
import type { Annotation, Person, SidecarData } from './model';

export interface Conflict {
  id: string;
  mine: Annotation | null;
  theirs: Annotation | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function mergeSidecars(base: SidecarData, mine: SidecarData, theirs: SidecarData): { merged: SidecarData; conflicts: Conflict[] } {
  const byId = (list: Annotation[]) => new Map(list.map((a) => [a.id, a]));
  const b = byId(base.annotations), m = byId(mine.annotations), t = byId(theirs.annotations);
  const ids = new Set([...b.keys(), ...m.keys(), ...t.keys()]);
  const out: Annotation[] = [];
  const conflicts: Conflict[] = [];
  for (const id of ids) {
    const x = b.get(id) ?? null, y = m.get(id) ?? null, z = t.get(id) ?? null;
    if (same(y, z)) { if (y) out.push(y); continue; }
    if (same(x, y)) { if (z) out.push(z); continue; } // only theirs changed
    if (same(x, z)) { if (y) out.push(y); continue; } // only mine changed
    conflicts.push({ id, mine: y, theirs: z });
    // Until the user decides, both versions are kept: theirs under its id, mine under a new one.
    if (z) out.push(z);
    if (y) out.push({ ...y, id: `${y.id}-mine` });
  }
  const people = new Map<string, Person>();
  for (const p of [...theirs.speakers, ...mine.speakers]) {
    const inBase = base.speakers.find((q) => q.id === p.id);
    const prior = people.get(p.id);
    // A person edited locally wins over the unchanged disk version.
    if (!prior || (inBase && !same(inBase, p))) people.set(p.id, p);
  }
  return { merged: { ...theirs, speakers: [...people.values()], annotations: out }, conflicts };
}

export type ImportMode = 'merge' | 'replace';

export interface ImportPlan {
  data: SidecarData;
  added: string[];
  replaced: string[];
  unchanged: string[];
  /** Annotations of the sidecar that `replace` drops (`merge` keeps them all). */
  removed: string[];
}

/**
 * What importing gives: `merge` keeps every annotation of the sidecar and takes the imported one
 * where the ids match; `replace` keeps only the imported ones. People are joined by id (the
 * imported name and role win, aliases from both are kept), so no speaker an annotation names is lost.
 */
export function planImport(existing: SidecarData | undefined, imported: SidecarData, mode: ImportMode): ImportPlan {
  const before = new Map((existing?.annotations ?? []).map((a) => [a.id, a]));
  const incoming = new Set(imported.annotations.map((a) => a.id));
  const added: string[] = [], replaced: string[] = [], unchanged: string[] = [];
  for (const a of imported.annotations) {
    const old = before.get(a.id);
    (!old ? added : same(old, a) ? unchanged : replaced).push(a.id);
  }
  const removed = mode === 'replace' ? [...before.keys()].filter((id) => !incoming.has(id)) : [];
  const byId = new Map(imported.annotations.map((a) => [a.id, a]));
  const annotations = mode === 'replace'
    ? imported.annotations
    : [...(existing?.annotations ?? []).map((a) => byId.get(a.id) ?? a), ...imported.annotations.filter((a) => !before.has(a.id))];
  const people = new Map<string, Person>((existing?.speakers ?? []).map((p) => [p.id, p]));
  for (const p of imported.speakers) {
    const old = people.get(p.id);
    people.set(p.id, { ...old, ...p, aliases: [...new Set([...(old?.aliases ?? []), ...p.aliases])] });
  }
  const document = existing?.document ?? imported.document;
  return { data: { ...(existing ?? imported), version: existing?.version ?? imported.version, document, speakers: [...people.values()], annotations }, added, replaced, unchanged, removed };
}
