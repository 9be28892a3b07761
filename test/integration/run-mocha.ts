// What every VS Code test entry does: run the *.test.js files compiled next to it with mocha, inside
// the extension host, and reject when any test fails. @vscode/test-electron (online) and
// test/harness/run-tests.mjs (offline, in code-server) load an entry and await its run().
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/**
 * In code-server the extension host's console reaches the runner only mixed with the workbench's own
 * log, so the runner passes a file in VSCODE_TEST_OUTPUT_FILE and streams it to its stdout: tee mocha's
 * reporter into it. (Patching console.* itself does not work: VS Code's extension host defines those
 * as accessors that ignore assignment.) Online the variable is unset and nothing changes.
 */
function teeReporterOutput(): void {
  const outputFile = process.env.VSCODE_TEST_OUTPUT_FILE;
  if (!outputFile) return;
  const consoleLog = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    fs.appendFileSync(outputFile, format(...args) + '\n');
    consoleLog(...args);
  };
}

/** Runs the suite in dir; STRATEGY_TEST_GREP narrows it to matching tests. */
export function runMochaSuite(dir: string, timeout: number): Promise<void> {
  teeReporterOutput();
  // The output goes to a file or a log, never a terminal: no colors.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout });
  const grep = process.env.STRATEGY_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of files) mocha.addFile(path.join(dir, name));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
