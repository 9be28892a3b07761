// The extension's integration suite: the standard VS Code test entry. Test files are compiled next to
// this file, one bundle each.
import { runMochaSuite } from '../run-mocha';

export function run(): Promise<void> {
  return runMochaSuite(__dirname, 30_000);
}
