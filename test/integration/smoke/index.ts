// The smoke suite's VS Code test entry: proves the runner itself (a real VS Code opens, tests run,
// their output and result come back).
import { runMochaSuite } from '../run-mocha';

export function run(): Promise<void> {
  return runMochaSuite(__dirname, 20_000);
}
