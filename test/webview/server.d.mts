export interface WebviewHtmlOptions {
  panel: 'calendar' | 'trends';
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  title: string;
  extraHead?: string;
  bodyClass?: string;
}
export function webviewHtml(options: WebviewHtmlOptions): string;
export function startServer(root?: string): Promise<{ origin: string; close(): Promise<void> }>;
export const CHROMIUM_OPTIONS: {
  executablePath: string;
  headless: boolean;
  args: string[];
};
