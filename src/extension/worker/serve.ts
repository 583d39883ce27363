// The analysis worker's loop, shared by the Node and web entries: one Analyzer with a paragraph
// cache per document, so that a keystroke in a long article costs its paragraph here too.
import { Analyzer, InputError } from '../../core';
import type { WorkerReply, WorkerRequest } from './protocol';

const PARAGRAPH_CACHE = 4000;

export function serve(post: (reply: WorkerReply) => void): (request: WorkerRequest) => void {
  const analyzers = new Map<string, Analyzer>();
  return (request) => {
    if (request.type === 'forget') {
      analyzers.delete(request.key);
      return;
    }
    let analyzer = analyzers.get(request.key);
    // (A changed setting needs an analyzer made with it.)
    if (!analyzer || analyzer.interviewTurns !== request.interviewTurns) {
      analyzers.set(request.key, (analyzer = new Analyzer({ cacheSize: PARAGRAPH_CACHE, explain: true, interviewTurns: request.interviewTurns })));
    }
    const reply: WorkerReply = { key: request.key, version: request.version, lastComputed: 0 };
    try {
      reply.analysis = analyzer.analyze(request.text);
      reply.lastComputed = analyzer.lastComputed;
    } catch (e) {
      if (e instanceof InputError) reply.error = { message: e.message, offset: e.offset };
      else reply.crash = String((e as Error)?.stack ?? e);
    }
    post(reply);
  };
}
