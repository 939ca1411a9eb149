/**
 * The main thread's side of the parser worker (parserWorker.ts): pieces of
 * SQL in, results out in the order asked. The worker ships only in the
 * bundle (dist/parser-worker.js); run from the sources, or where a worker
 * cannot start, there is none and the caller parses on its own thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PARSER_READY, type ParserWorkerData, type PieceRequest, type PieceResult } from './parserProtocol.js';

export class ParserThread {
  private nextId = 0;
  private readonly waiting = new Map<number, (result: PieceResult | null) => void>();
  private failed = false;
  /** Resolves when the worker's parser has loaded, or the worker has failed. */
  readonly ready: Promise<void>;

  private constructor(private readonly worker: Worker) {
    let loaded!: () => void;
    this.ready = new Promise((resolve) => (loaded = resolve));
    worker.on('message', (result: PieceResult | typeof PARSER_READY) => {
      if (result === PARSER_READY) return loaded();
      this.waiting.get(result.id)?.(result);
      this.waiting.delete(result.id);
      if (this.waiting.size === 0) worker.unref();
    });
    const fail = () => {
      this.failed = true;
      loaded();
      for (const waiter of this.waiting.values()) waiter(null);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    // An idle worker must not keep the process alive (see parse).
    worker.unref();
  }

  /** The worker beside this module (or at `script`), or null when there is none. */
  static start(treesFor: Iterable<string>, script = new URL('./parser-worker.js', import.meta.url)): ParserThread | null {
    if (script.protocol !== 'file:' || !existsSync(fileURLToPath(script))) return null;
    try {
      const data: ParserWorkerData = { treesFor: [...treesFor] };
      return new ParserThread(new Worker(script, { workerData: data }));
    } catch {
      return null;
    }
  }

  /**
   * Parses `text` on the worker. Never rejects: null means the worker is gone
   * and the caller parses the piece itself (pieces asked for ahead and then
   * not waited for must not become unhandled rejections).
   */
  parse(text: string): Promise<PieceResult | null> {
    if (this.failed) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      // A caller may wait for nothing but this answer: the worker keeps the process alive until it comes.
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, resolve);
      this.worker.postMessage({ id, text } satisfies PieceRequest);
    });
  }

  /**
   * Ends the worker without waiting for it. A worker still parsing pieces
   * that were asked for ahead may take its time to stop, and the promise of
   * terminate() is no handle of the event loop: awaiting it left the run
   * unsettled when nothing else was pending (exit 13, found by the fuzzer).
   */
  stop(): void {
    this.failed = true;
    this.worker.unref();
    void this.worker.terminate().catch(() => undefined);
  }
}
