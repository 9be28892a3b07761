// The strategy-lint executable: the real process and file system around run(). Started again as a
// worker thread (lint --concurrency), the same file serves lint jobs instead.
import { nodeIo } from './node-io';
import { run } from './run';
import { isLintWorker, serveLintJobs } from './workers';

if (isLintWorker()) {
  serveLintJobs();
} else {
  // A closed pipe (`strategy-lint lint | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });

  const io = nodeIo({
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });

  void run(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
