/**
 * The main thread's side of the parser worker (parserWorker.ts): pieces of
 * SQL in, results out in the order asked. The worker ships only in the
 * bundle (dist/parser-worker.js); run from the sources, or where a worker
 * cannot start, there is none and the caller parses on its own thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BY_MAIN, PARSER_READY, UNCLAIMED, type BatchRequest, type BatchResult, type ParserWorkerData, type PieceResult } from './parserProtocol.js';

/**
 * Pieces are sent to the worker in messages of about this many bytes: a
 * message per small file cost more than the file's parse (0.25 ms each).
 */
const BATCH_BYTES = 64 * 1024;

/** A piece handed to the thread. */
export interface PieceTicket {
  /**
   * Takes the piece back if the thread has not begun it: true means the
   * caller parses it itself (the thread skips it). False means the thread
   * has it, and `answer` is to be awaited.
   */
  takeBack(): boolean;
  /** The thread's answer; null when the thread is gone, or when the piece was taken back. */
  readonly answer: Promise<PieceResult | null>;
}

interface Batch {
  pieces: Uint8Array[];
  lean: boolean[];
  bytes: number;
  /** Set when the batch is sent. */
  claims: Int32Array | null;
  /** Pieces taken back before the batch was sent. */
  taken: Set<number>;
  settle: Array<(result: PieceResult | null) => void>;
}

export class ParserThread {
  private nextId = 0;
  private readonly waiting = new Map<number, Batch>();
  private pending: Batch | null = null;
  private failed = false;
  /** Resolves when the worker's parser has loaded, or the worker has failed. */
  readonly ready: Promise<void>;

  private constructor(private readonly worker: Worker) {
    let loaded!: () => void;
    this.ready = new Promise((resolve) => (loaded = resolve));
    worker.on('message', (message: BatchResult | typeof PARSER_READY) => {
      if (message === PARSER_READY) return loaded();
      const batch = this.waiting.get(message.id);
      message.results.forEach((result, i) => batch?.settle[message.first + i](result));
      if (!message.done) return;
      this.waiting.delete(message.id);
      if (this.waiting.size === 0) worker.unref();
    });
    const fail = () => {
      this.failed = true;
      loaded();
      for (const batch of this.waiting.values()) for (const settle of batch.settle) settle(null);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    // An idle worker must not keep the process alive (see send).
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
   * Hands `utf8` (SQL, cut between statements) to the thread; `lean` for a
   * whole history file (BatchRequest). It goes out with the next pieces, once
   * they fill a message, or at `flush()`. The answer never rejects: pieces
   * asked for ahead and then not waited for must not become unhandled
   * rejections.
   */
  parse(utf8: Uint8Array, lean = false): PieceTicket {
    if (this.failed) return { takeBack: () => true, answer: Promise.resolve(null) };
    const batch = (this.pending ??= { pieces: [], lean: [], bytes: 0, claims: null, taken: new Set(), settle: [] });
    const i = batch.pieces.length;
    batch.pieces.push(utf8);
    batch.lean.push(lean);
    batch.bytes += utf8.length;
    const answer = new Promise<PieceResult | null>((resolve) => batch.settle.push(resolve));
    const ticket: PieceTicket = {
      takeBack: () => {
        if (this.failed) return true;
        if (!batch.claims) {
          batch.taken.add(i);
          return true;
        }
        return Atomics.compareExchange(batch.claims, i, UNCLAIMED, BY_MAIN) === UNCLAIMED;
      },
      answer,
    };
    if (batch.bytes >= BATCH_BYTES) this.flush();
    return ticket;
  }

  /** Sends the pieces not sent yet. */
  flush(): void {
    const batch = this.pending;
    this.pending = null;
    if (!batch) return;
    if (this.failed) {
      for (const settle of batch.settle) settle(null);
      return;
    }
    // One buffer of the batch's own: a view of a larger buffer would be copied whole.
    const bytes = new Uint8Array(batch.bytes);
    const ends: number[] = [];
    let at = 0;
    for (const piece of batch.pieces) {
      bytes.set(piece, at);
      ends.push((at += piece.length));
    }
    const claims = new Int32Array(new SharedArrayBuffer(4 * ends.length));
    for (const i of batch.taken) claims[i] = BY_MAIN;
    batch.claims = claims;
    batch.pieces = [];
    const id = this.nextId++;
    // A caller may wait for nothing but these answers: the worker keeps the process alive until they come.
    if (this.waiting.size === 0) this.worker.ref();
    this.waiting.set(id, batch);
    this.worker.postMessage({ id, bytes, ends, lean: batch.lean, claims } satisfies BatchRequest, [bytes.buffer]);
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
