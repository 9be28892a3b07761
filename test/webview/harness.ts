// The callbacks these tests pass to page.evaluate run in the browser, so they need DOM types.
// Opens the webview bundles in headless Chromium, under the extension's CSP, with a fake VS Code API.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { CalendarViewModel, TrendsViewModel } from '../../src/core/protocol';
import { CHROMIUM_OPTIONS, startServer } from './server.mjs';

export const SCREENSHOTS = 'test-results/webview';

export interface Panel {
  page: Page;
  /** Dialogs (alert, confirm…) the page opened: user text must never open one. */
  dialogs: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export type Theme = 'light' | 'dark' | 'hc' | 'hc-light';

export class Harness {
  private contexts: BrowserContext[] = [];

  private constructor(
    private readonly browser: Browser,
    private readonly server: { origin: string; close(): Promise<void> },
  ) {}

  static async start(): Promise<Harness> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const server = await startServer();
    return new Harness(await chromium.launch(CHROMIUM_OPTIONS), server);
  }

  async open(
    panel: 'calendar' | 'trends',
    theme: Theme = 'light',
    size = { width: 1200, height: 900 },
  ): Promise<Panel> {
    const context = await this.browser.newContext({ viewport: size, deviceScaleFactor: 1 });
    this.contexts.push(context);
    const page = await context.newPage();
    const result: Panel = { page, dialogs: [], errors: [] };
    page.on('dialog', (dialog) => {
      result.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => result.errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') result.errors.push(message.text());
    });
    await page.goto(this.url(panel, theme));
    await page.waitForFunction(() =>
      (window as unknown as { __messages: Recorded[] }).__messages.some((m) => m.type === 'ready'),
    );
    return result;
  }

  url(panel: 'calendar' | 'trends', theme: Theme): string {
    return `${this.server.origin}/page/${panel}.html?theme=${theme}`;
  }

  async closePages(): Promise<void> {
    await Promise.all(this.contexts.map((c) => c.close()));
    this.contexts = [];
  }

  async stop(): Promise<void> {
    await this.closePages();
    await this.browser.close();
    await this.server.close();
  }
}

/** A message the webview posted, as the fake acquireVsCodeApi recorded it. */
export interface Recorded {
  type: string;
  [key: string]: unknown;
}

export async function posted(page: Page): Promise<Recorded[]> {
  return page.evaluate(() => (window as unknown as { __messages: Recorded[] }).__messages);
}

/** What the page posted, once it has posted at least `count` messages (drops land asynchronously). */
export async function postedAtLeast(page: Page, count: number): Promise<Recorded[]> {
  await page.waitForFunction(
    (n) => (window as unknown as { __messages: Recorded[] }).__messages.length >= n,
    count,
    { timeout: 5000 },
  );
  return posted(page);
}

export async function clearPosted(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __messages: Recorded[] }).__messages.length = 0;
  });
}

export async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** Posts a message the way VS Code delivers one (a MessageEvent on window). */
export async function send(page: Page, message: unknown): Promise<void> {
  await page.evaluate((m) => window.postMessage(m, '*'), message);
}

/** Sends an update and waits until the page has rendered its version. */
export async function update(page: Page, model: CalendarViewModel | TrendsViewModel): Promise<void> {
  await page.evaluate(() => delete document.body.dataset.renderedVersion);
  await send(page, { type: 'update', model });
  await page.waitForSelector(`body[data-rendered-version="${model.version}"]`, { state: 'attached' });
}

/** Resolves after the page has rendered its next frame (and run the tasks queued before it). */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * What both webview suites do around their tests: one Chromium for the suite; after each test, the last
 * panel opened must have shown no dialog, no CSP violation and no page error, and the pages are closed.
 */
export function useHarness(): {
  open(kind: 'calendar' | 'trends', theme?: Theme, size?: { width: number; height: number }): Promise<Panel>;
  closePages(): Promise<void>;
} {
  let harness: Harness | undefined;
  let last: Panel | undefined;
  before(async () => {
    harness = await Harness.start();
  });
  after(async () => {
    await harness?.stop();
  });
  afterEach(async () => {
    const panel = last!;
    assert.deepEqual(panel.dialogs, [], 'no dialog may open');
    assert.deepEqual(await violations(panel.page), [], 'no CSP violation');
    assert.deepEqual(panel.errors, [], 'no page errors');
    await harness!.closePages();
  });
  return {
    open: async (kind, theme, size) => (last = await harness!.open(kind, theme, size)),
    closePages: () => harness!.closePages(),
  };
}
