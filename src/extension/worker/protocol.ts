// Messages between the extension host and the analysis worker (plain data: structured clone).
import type { Analysis } from '../../core';

export type WorkerRequest =
  | { type: 'analyze'; key: string; version: number; text: string; interviewTurns: boolean }
  | { type: 'forget'; key: string };

export interface WorkerReply {
  key: string;
  version: number;
  analysis?: Analysis;
  /** An input the core refuses (binary, oversized): said, with the offset it is about. */
  error?: { message: string; offset: number };
  /** Any other failure: a bug, reported rather than swallowed. */
  crash?: string;
  /** Paragraphs computed afresh (the rest came from the worker's paragraph cache). */
  lastComputed: number;
}

/** How the host talks to its worker; Node's worker_threads and the web's Worker both fit. */
export interface WorkerTransport {
  post(message: WorkerRequest): void;
  onMessage(listener: (reply: WorkerReply) => void): void;
  /** The worker failed to load or died: the host analyses inline from then on. */
  onError(listener: (message: string) => void): void;
  terminate(): void;
}
