// The extension's integration suite: the standard VS Code test entry (a run() that runs mocha),
// loaded inside the extension host by @vscode/test-electron online or scripts/vscode/run-tests.mjs
// offline. Test files are compiled next to this file, one bundle each.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** In code-server the reporter output goes to the file the runner streams (see the smoke suite). */
function teeReporterOutput(): void {
  const outputFile = process.env.VSCODE_TEST_OUTPUT_FILE;
  if (!outputFile) return;
  const consoleLog = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    fs.appendFileSync(outputFile, format(...args) + '\n');
    consoleLog(...args);
  };
}

export function run(): Promise<void> {
  teeReporterOutput();
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  const grep = process.env.STRATEGY_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const name of fs
    .readdirSync(__dirname)
    .filter((n) => n.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
