// Standard VS Code test entry: the module that @vscode/test-electron (online)
// and scripts/vscode/run-tests.mjs (offline, in code-server) load inside the
// extension host, awaiting its run(). It must reject when any test fails.
//
// Test files are compiled next to this file as separate CommonJS modules
// (scripts/vscode/build-tests.mjs) and added to mocha by name; mocha itself is
// required from the repository's node_modules at run time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/**
 * In code-server the extension host's console reaches the runner only mixed
 * with the workbench's own log, so the runner passes a file in
 * VSCODE_TEST_OUTPUT_FILE and streams it to its stdout: tee mocha's reporter
 * into it. (Patching console.* itself does not work: VS Code's extension host
 * defines those as accessors that ignore assignment.) Online
 * (@vscode/test-electron) the variable is unset and nothing changes.
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

export function run(): Promise<void> {
  teeReporterOutput();
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    // The output goes to a file or a log, never a terminal.
    color: false,
    timeout: 20_000,
  });
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
}
