// How many worker threads `lint --concurrency` starts, and the pool giving back what an in-process
// lint gives (here through the sources, tsx's hook loaded in each worker).
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { runLintJob, type LintJob } from '../../../src/cli/lint-job';
import { FILES_PER_WORKER, LintPool, workerCount } from '../../../src/cli/workers';

describe('cli: lint workers', () => {
  it('off is none; N is at most N and at most one a file; one alone is none (as ESLint)', () => {
    assert.equal(workerCount('off', 10_000), 0);
    assert.equal(workerCount(2, 30), 2);
    assert.equal(workerCount(8, 3), 3);
    assert.equal(workerCount(1, 30), 0);
    assert.equal(workerCount(4, 1), 0);
  });

  it('auto uses workers only for many files, one per FILES_PER_WORKER files, at most one per CPU', () => {
    assert.equal(workerCount('auto', 1), 0);
    assert.equal(workerCount('auto', 2 * FILES_PER_WORKER - 1), 0);
    const many = workerCount('auto', 100 * FILES_PER_WORKER);
    assert.equal(many, availableParallelism() > 1 ? availableParallelism() : 0);
  });

  it('gives back, job by job, what the in-process lint gives, a failure as its message', async function () {
    this.timeout(60_000);
    const jobs: LintJob[] = [
      { file: 'a.strategy.yaml', text: 'version: 1\nname: A\n', rules: {}, fix: false, today: '2027-01-01' },
      {
        file: 'b.strategy.yaml',
        text: 'version: 1\nname: B\nperiod: {start: 2027-01-01, end: 2027-06-30}\nplatforms:\n  - {id: ig, network: instagarm}\n',
        rules: {},
        fix: true,
        today: '2027-01-01',
      },
      {
        file: 'c.strategy.yaml',
        text: 'version: [',
        rules: { 'yaml/*': 'warning' },
        fix: false,
        today: '2027-01-01',
      },
    ];
    const pool = new LintPool(2);
    try {
      const results = await Promise.all(jobs.map((job) => pool.run(job)));
      assert.deepEqual(results, jobs.map(runLintJob));
      assert.equal(results[1].fixed?.text.includes('network: instagram'), true);
      // A job that throws (no text at all: a bug of ours) is a rejection with the worker's message.
      const bad = { ...jobs[0], text: undefined } as unknown as LintJob;
      let message = '';
      assert.throws(
        () => runLintJob(bad),
        (e: Error) => Boolean((message = e.message)),
      );
      await assert.rejects(pool.run(bad), { message });
      // And the pool goes on.
      assert.deepEqual(await pool.run(jobs[0]), runLintJob(jobs[0]));
    } finally {
      await pool.close();
    }
  });
});
