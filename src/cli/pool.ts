// Parallel batch work for the CLI: worker threads run a task function on each input, results come
// back in input order, and only a bounded number of inputs is in flight, so memory stays flat for
// archives of any size. With one job everything runs inline.
import { Worker } from 'node:worker_threads';

export type TaskName = 'analyze' | 'export' | 'stats' | 'index';

/** Inputs per message to a worker. */
export const BATCH = 16;

export interface Pool<I, O> {
  /** Runs the inputs through the workers and hands results to `emit` in input order. */
  run(inputs: AsyncIterable<I> | Iterable<I>, emit: (result: O, input: I) => Promise<void> | void): Promise<void>;
  close(): Promise<void>;
}

export function createPool<I, O>(jobs: number, task: TaskName, inline: (input: I) => Promise<O> | O, script: string, options?: unknown): Pool<I, O> {
  if (jobs <= 1) {
    return {
      async run(inputs, emit) {
        for await (const input of inputs) await emit(await inline(input), input);
      },
      async close() { /* nothing to stop */ },
    };
  }
  const workers = Array.from({ length: jobs }, () => new Worker(script, { workerData: { zitatlupeTask: task, options } }));
  return {
    async run(inputs, emit) {
      const pending = new Map<number, { input: I; result?: O; done: boolean }>();
      const idle = [...workers];
      let next = 0, flushed = 0;
      let wake: (() => void) | undefined;
      let failure: Error | undefined;
      const onMessage = (w: Worker) => (msg: { seq: number; result: O }) => {
        const slot = pending.get(msg.seq)!;
        slot.result = msg.result;
        slot.done = true;
        idle.push(w);
        wake?.();
      };
      for (const w of workers) {
        w.on('message', onMessage(w));
        w.on('error', (e) => { failure = e; wake?.(); });
      }
      const waitForChange = () => new Promise<void>((r) => { wake = r; });
      const flush = async () => {
        while (pending.get(flushed)?.done) {
          const slot = pending.get(flushed)!;
          pending.delete(flushed);
          flushed++;
          const inputsOf = slot.input as unknown as I[];
          const results = slot.result as unknown as O[];
          for (let k = 0; k < inputsOf.length; k++) await emit(results[k], inputsOf[k]);
        }
      };
      // Inputs travel in small batches: one message per article costs more than analysing it.
      let batch: I[] = [];
      const send = async () => {
        // Bounded in flight: wait for a free worker and keep the reorder buffer small.
        while (!idle.length || pending.size >= jobs * 4) {
          if (failure) throw failure;
          await waitForChange();
          await flush();
        }
        const seq = next++;
        pending.set(seq, { input: batch as unknown as I, done: false });
        idle.pop()!.postMessage({ seq, input: batch });
        batch = [];
      };
      for await (const input of inputs) {
        batch.push(input);
        if (batch.length >= BATCH) await send();
      }
      if (batch.length) await send();
      while (flushed < next) {
        if (failure) throw failure;
        await flush();
        if (flushed < next) await waitForChange();
      }
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
