// The CLI's real file system (src/cli/node-io.ts), on a real temporary folder: what --fix and
// `calendar --ics` write is written atomically (issue 7.6), and only regular files of a bounded
// size are read (issue 7.10, 7.12). No mocks: the failures are real ones, or an injected step.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileTooLarge, NotReadable } from '../../../src/cli/io';
import { nodeIo } from '../../../src/cli/node-io';
import { run } from '../../../src/cli/run';

const ORIGINAL = 'version: 1\nname: Original\n';
const FIXED = Buffer.from('version: 1\nname: Fixed\n');

describe('cli: node-io', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'strategy-lint-io-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const io = (beforeRename?: (temp: string) => void | Promise<void>) =>
    nodeIo({
      cwd: dir,
      isTTY: false,
      env: {},
      stdout: () => undefined,
      stderr: () => undefined,
      ...(beforeRename ? { beforeRename } : {}),
    });

  describe('writeFile: a temporary file beside the target, then a rename (issue 7.6)', () => {
    it('replaces the file by a rename, never in place: the target keeps its old bytes until the rename', async () => {
      const target = join(dir, 'plan.strategy.yaml');
      writeFileSync(target, ORIGINAL);
      const before = statSync(target).ino;
      let seen: { temp: string; target: string; temporary: string; folder: string[] } | undefined;
      await io((temp) => {
        seen = {
          temp,
          target: readFileSync(target, 'utf8'),
          temporary: readFileSync(temp, 'utf8'),
          folder: readdirSync(dir).sort(),
        };
      }).writeFile(target, FIXED);
      assert.ok(seen, 'the step before the rename ran');
      assert.equal(seen.target, ORIGINAL);
      assert.equal(seen.temporary, FIXED.toString());
      assert.equal(join(seen.temp, '..'), dir, 'the temporary file is in the same folder');
      assert.equal(seen.folder.length, 2);
      assert.doesNotMatch(seen.temp, /\.strategy\.ya?ml$/, 'a walk never picks the temporary file up');
      assert.deepEqual(readFileSync(target), FIXED);
      assert.notEqual(statSync(target).ino, before, 'a new file took the old one’s place');
      assert.deepEqual(readdirSync(dir), ['plan.strategy.yaml'], 'no temporary file left');
    });

    it('a failure before the rename (a full disk, simulated) leaves the original byte for byte and no temporary file', async () => {
      const target = join(dir, 'plan.strategy.yaml');
      writeFileSync(target, ORIGINAL);
      await assert.rejects(
        io(() => {
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        }).writeFile(target, FIXED),
        { code: 'ENOSPC' },
      );
      assert.equal(readFileSync(target, 'utf8'), ORIGINAL);
      assert.deepEqual(readdirSync(dir), ['plan.strategy.yaml']);
    });

    it('a real rename failure (a folder in the way) removes the temporary file', async () => {
      mkdirSync(join(dir, 'plan.ics'));
      writeFileSync(join(dir, 'plan.ics', 'inside.txt'), 'keep');
      await assert.rejects(io().writeFile(join(dir, 'plan.ics'), FIXED));
      assert.deepEqual(readdirSync(dir), ['plan.ics']);
      assert.deepEqual(readdirSync(join(dir, 'plan.ics')), ['inside.txt']);
    });

    it('keeps the mode of the file it replaces', async () => {
      for (const mode of [0o640, 0o755, 0o600]) {
        const target = join(dir, `m${mode.toString(8)}.strategy.yaml`);
        writeFileSync(target, ORIGINAL);
        chmodSync(target, mode);
        await io().writeFile(target, FIXED);
        assert.equal(statSync(target).mode & 0o7777, mode, mode.toString(8));
      }
    });

    it('creates a new file with the usual mode (0666 less the umask)', async () => {
      const target = join(dir, 'new.ics');
      await io().writeFile(target, FIXED);
      const umask = process.umask();
      assert.equal(statSync(target).mode & 0o777, 0o666 & ~umask);
      assert.deepEqual(readFileSync(target), FIXED);
    });

    it('writes through a symbolic link to its real target; the link stays a link', async () => {
      mkdirSync(join(dir, 'real'));
      const real = join(dir, 'real', 'plan.strategy.yaml');
      writeFileSync(real, ORIGINAL);
      chmodSync(real, 0o640);
      // A chain: link -> ../real/link2 -> plan.strategy.yaml, relative targets.
      symlinkSync('plan.strategy.yaml', join(dir, 'real', 'link2.strategy.yaml'));
      mkdirSync(join(dir, 'links'));
      symlinkSync('../real/link2.strategy.yaml', join(dir, 'links', 'plan.strategy.yaml'));
      await io().writeFile(join(dir, 'links', 'plan.strategy.yaml'), FIXED);
      assert.ok(lstatSync(join(dir, 'links', 'plan.strategy.yaml')).isSymbolicLink());
      assert.ok(lstatSync(join(dir, 'real', 'link2.strategy.yaml')).isSymbolicLink());
      assert.equal(readlinkSync(join(dir, 'links', 'plan.strategy.yaml')), '../real/link2.strategy.yaml');
      assert.deepEqual(readFileSync(real), FIXED);
      assert.equal(statSync(real).mode & 0o7777, 0o640);
      assert.deepEqual(readdirSync(join(dir, 'real')).sort(), ['link2.strategy.yaml', 'plan.strategy.yaml']);
      assert.deepEqual(readdirSync(join(dir, 'links')), ['plan.strategy.yaml']);
    });

    it('through a dangling link, creates the file the link points to', async () => {
      symlinkSync('out/plan.ics', join(dir, 'plan.ics'));
      mkdirSync(join(dir, 'out'));
      await io().writeFile(join(dir, 'plan.ics'), FIXED);
      assert.ok(lstatSync(join(dir, 'plan.ics')).isSymbolicLink());
      assert.deepEqual(readFileSync(join(dir, 'out', 'plan.ics')), FIXED);
    });

    it('into a missing folder fails with ENOENT and creates nothing', async () => {
      await assert.rejects(io().writeFile(join(dir, 'nowhere', 'plan.ics'), FIXED), { code: 'ENOENT' });
      assert.deepEqual(readdirSync(dir), []);
    });
  });

  describe('run: a write that fails is reported, the file unchanged, exit 2 (issue 7.6)', () => {
    const TYPO =
      'version: 1\nname: Mini\nperiod: {start: 2027-01-01, end: 2027-01-31}\nplatforms:\n  - {id: ig, network: instagarm}\n';
    const fullDisk = (): never => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };

    async function runWith(argv: string[]): Promise<{ exit: number; stdout: string; stderr: string }> {
      let stdout = '';
      let stderr = '';
      const exit = await run(
        argv,
        nodeIo({
          cwd: dir,
          isTTY: false,
          env: {},
          stdout: (t) => (stdout += t),
          stderr: (t) => (stderr += t),
          beforeRename: fullDisk,
        }),
      );
      return { exit, stdout, stderr };
    }

    it('lint --fix on a full disk: the file byte for byte, its findings as they are, the others still fixed', async () => {
      writeFileSync(join(dir, 'a.strategy.yaml'), TYPO);
      writeFileSync(join(dir, 'b.strategy.yaml'), TYPO);
      const { exit, stdout, stderr } = await runWith(['lint', '--fix', 'a.strategy.yaml', 'b.strategy.yaml']);
      assert.equal(exit, 2);
      assert.equal(
        stderr,
        'a.strategy.yaml: error: cannot write the fixes: the disk is full. The file is unchanged.\n' +
          'b.strategy.yaml: error: cannot write the fixes: the disk is full. The file is unchanged.\n' +
          'strategy-lint: 2 files could not be fixed.\n',
      );
      assert.match(stdout, /^a\.strategy\.yaml:5:23 {2}error {2}'instagarm' is not a valid network/);
      assert.doesNotMatch(stdout, /Fixed/);
      assert.equal(readFileSync(join(dir, 'a.strategy.yaml'), 'utf8'), TYPO);
      assert.deepEqual(readdirSync(dir).sort(), ['a.strategy.yaml', 'b.strategy.yaml']);
    });

    it('calendar --ics on a full disk: one line, exit 2, the old .ics kept', async () => {
      writeFileSync(join(dir, 'a.strategy.yaml'), TYPO.replace('instagarm', 'instagram'));
      writeFileSync(join(dir, 'old.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
      const { exit, stdout, stderr } = await runWith(['calendar', 'a.strategy.yaml', '--ics', 'old.ics']);
      assert.equal(exit, 2);
      assert.equal(stdout, '');
      assert.equal(stderr, "strategy-lint: Cannot write 'old.ics': the disk is full.\n");
      assert.equal(readFileSync(join(dir, 'old.ics'), 'utf8'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
      assert.deepEqual(readdirSync(dir).sort(), ['a.strategy.yaml', 'old.ics']);
    });
  });

  describe('readFile: regular files only, size checked before reading (issue 7.10, 7.12)', () => {
    it('reads the bytes of a regular file', async () => {
      writeFileSync(join(dir, 'a.strategy.yaml'), FIXED);
      assert.deepEqual(Buffer.from(await io().readFile(join(dir, 'a.strategy.yaml'), 1000)), FIXED);
    });

    it('refuses a named pipe without blocking', async function () {
      this.timeout(5000);
      execFileSync('mkfifo', [join(dir, 'pipe.strategy.yaml')]);
      await assert.rejects(io().readFile(join(dir, 'pipe.strategy.yaml'), 1000), NotReadable);
    });

    it('refuses a file over the limit, with its size', async () => {
      writeFileSync(join(dir, 'big.strategy.yaml'), Buffer.alloc(1001, 0x23));
      await assert.rejects(
        io().readFile(join(dir, 'big.strategy.yaml'), 1000),
        (e: unknown) => e instanceof FileTooLarge && e.size === 1001,
      );
      assert.equal((await io().readFile(join(dir, 'big.strategy.yaml'), 1001)).length, 1001);
    });

    it('says plainly why a link cannot be read: a loop, or a target that does not exist', async () => {
      symlinkSync('loop.strategy.yaml', join(dir, 'loop.strategy.yaml'));
      symlinkSync('nowhere.strategy.yaml', join(dir, 'gone.strategy.yaml'));
      await assert.rejects(io().readFile(join(dir, 'loop.strategy.yaml'), 1000), { code: 'ELOOP' });
      await assert.rejects(io().readFile(join(dir, 'gone.strategy.yaml'), 1000), NotReadable);
      assert.equal(await io().stat(join(dir, 'loop.strategy.yaml')), 'other');
      assert.equal(await io().stat(join(dir, 'gone.strategy.yaml')), 'other');
      assert.equal(await io().stat(join(dir, 'missing.strategy.yaml')), undefined);
    });
  });
});
