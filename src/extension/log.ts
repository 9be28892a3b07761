// One "Strategy" log channel. Failures inside event handlers are caught and logged here, each
// distinct message once, so a broken file cannot flood the log or surface as an error popup.
import * as vscode from 'vscode';

export class Log implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;
  private readonly seen = new Set<string>();

  constructor() {
    this.channel = vscode.window.createOutputChannel('Strategy', { log: true });
  }

  info(message: string): void {
    this.channel.info(message);
  }

  /** Logs an unexpected failure, once per distinct message. */
  failure(where: string, err: unknown): void {
    const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
    const key = `${where}: ${text}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.channel.error(key);
  }

  /** Wraps an event handler so it never throws (sync or async). */
  guard<A extends unknown[]>(where: string, fn: (...args: A) => unknown): (...args: A) => void {
    return (...args: A) => {
      try {
        const r = fn(...args);
        if (r instanceof Promise) r.catch((err: unknown) => this.failure(where, err));
      } catch (err) {
        this.failure(where, err);
      }
    };
  }

  dispose(): void {
    this.channel.dispose();
  }
}
