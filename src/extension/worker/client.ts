// The extension host's side of the analysis worker: one request in flight per document, replies
// matched by document key; restart() ends a run that takes too long (the worker's caches go with it).
import type { WorkerReply, WorkerTransport } from './protocol';

export type WorkerOutcome = WorkerReply | { cancelled: true } | undefined;

export class AnalysisWorkerClient {
  private transport?: Promise<WorkerTransport | undefined>;
  private readonly waiting = new Map<string, (outcome: WorkerOutcome) => void>();
  /** Set once the worker failed: from then on everything is analysed inline. */
  private broken = false;
  /** Whether the current worker has answered once (is loaded and warm). */
  private warm = false;

  /** `create` makes the worker; when it fails the service analyses inline (undefined outcomes). */
  constructor(private readonly create: () => Promise<WorkerTransport>, private readonly warn: (message: string) => void) {}

  private start(): Promise<WorkerTransport | undefined> {
    this.transport ??= this.create().then(
      (t) => {
        t.onMessage((reply) => {
          this.warm = true;
          const done = this.waiting.get(reply.key);
          this.waiting.delete(reply.key);
          done?.(reply);
        });
        t.onError((message) => {
          this.warn(`Zitatlupe analyses in the extension host itself: its worker failed (${message}).`);
          this.broken = true;
          t.terminate();
          const waiting = [...this.waiting.values()];
          this.waiting.clear();
          for (const w of waiting) w(undefined);
        });
        return t;
      },
      (e) => {
        this.warn(`Zitatlupe analyses in the extension host itself: its worker could not start (${(e as Error).message}).`);
        return undefined;
      },
    );
    return this.transport;
  }

  /** Analyses one version of a document; undefined when no worker can run here. */
  async analyze(key: string, version: number, text: string, interviewTurns: boolean): Promise<WorkerOutcome> {
    const t = this.broken ? undefined : await this.start();
    if (!t || this.broken) return undefined;
    return new Promise((resolve) => {
      this.waiting.set(key, resolve);
      t.post({ type: 'analyze', key, version, text, interviewTurns });
    });
  }

  forget(key: string): void {
    void this.transport?.then((t) => t?.post({ type: 'forget', key }));
  }

  /** Whether a run can be cancelled: not while a fresh worker is still loading. */
  get cancellable(): boolean {
    return this.warm;
  }

  /** Ends the worker (cancelling every run in it); the next request starts a new one. */
  restart(): void {
    this.warm = false;
    const old = this.transport;
    this.transport = undefined;
    void old?.then((t) => t?.terminate());
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w({ cancelled: true });
  }

  dispose(): void {
    this.restart();
  }
}
