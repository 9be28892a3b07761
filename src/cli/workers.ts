// Worker threads for `lint --concurrency`: the CLI's own entry (dist/cli.js) started again in worker
// mode, so the package ships no second bundle. Each worker runs lint jobs (lint-job.ts) one at a time;
// the CLI's thread keeps all I/O and all output, so a run prints what it prints without workers.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  runLintJob,
  runReportJob,
  type LintJob,
  type LintJobResult,
  type ReportJob,
  type ReportJobResult,
} from './lint-job';

/**
 * With `auto`, a worker for every this many files: a worker costs about as much to start (and to warm
 * up its own compiled code) as linting a few dozen small files.
 */
export const FILES_PER_WORKER = 50;

export type Concurrency = 'auto' | 'off' | number;

/** How many workers lint this many files; 0 lints in the CLI's own thread (as does a single worker's worth). */
export function workerCount(concurrency: Concurrency, files: number): number {
  if (concurrency === 'off') return 0;
  const wanted =
    concurrency === 'auto'
      ? Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER))
      : Math.min(concurrency, files);
  return wanted > 1 ? wanted : 0;
}

const ROLE = 'strategy-lint worker';

/** Whether this thread was started as a lint worker (bin.ts then serves jobs instead of running the CLI). */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === ROLE;
}

/** What a worker does: a lint job (the default), or one file's month report. */
type Job = LintJob | ReportJob;
type Result = LintJobResult | ReportJobResult;

function isReportJob(job: Job): job is ReportJob {
  return (job as Partial<ReportJob>).kind === 'report';
}
type Reply = { id: number; result: Result } | { id: number; error: string };

/** The worker's side: answer each job with its result, or with the message of what it threw. */
export function serveLintJobs(): void {
  parentPort?.on('message', ({ id, job }: { id: number; job: Job }) => {
    let reply: Reply;
    try {
      reply = { id, result: isReportJob(job) ? runReportJob(job) : runLintJob(job) };
    } catch (e) {
      reply = { id, error: e instanceof Error ? e.message : String(e) };
    }
    parentPort!.postMessage(reply);
  });
}

/**
 * The script a worker runs: this very bundle when the CLI runs from dist/cli.js; in the tests, which
 * run the sources through tsx, bin.ts with tsx's hook.
 */
function workerScript(): { file: string; execArgv?: string[] } {
  if (!__filename.endsWith('.ts')) return { file: __filename };
  return { file: join(__dirname, 'bin.ts'), execArgv: [...process.execArgv, '--require', 'tsx/cjs'] };
}

interface Pending {
  id: number;
  job: Job;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

/** A fixed number of workers and a queue of jobs; a job goes to the first worker free. */
export class LintPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<Worker, Pending>();
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor(size: number) {
    const { file, execArgv } = workerScript();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(file, { workerData: { role: ROLE }, ...(execArgv ? { execArgv } : {}) });
      worker.on('message', (reply: Reply) => this.settle(worker, reply));
      // A worker that dies takes the run with it, as an exception in the CLI's own thread would.
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a lint worker stopped (exit code ${code})`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  run(job: LintJob): Promise<LintJobResult> {
    return this.submit(job) as Promise<LintJobResult>;
  }

  report(job: ReportJob): Promise<ReportJobResult> {
    return this.submit(job) as Promise<ReportJobResult>;
  }

  private submit(job: Job): Promise<Result> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.running.set(worker, pending);
      worker.postMessage({ id: pending.id, job: pending.job });
    }
  }

  private settle(worker: Worker, reply: Reply): void {
    const pending = this.running.get(worker);
    if (!pending || pending.id !== reply.id) return;
    this.running.delete(worker);
    this.idle.push(worker);
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.result);
    this.dispatch();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const pending of [...this.running.values(), ...this.queue.splice(0)]) pending.reject(error);
    this.running.clear();
  }
}
