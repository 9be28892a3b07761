// The planning rules of the December additions (issue 9): calendar/off-peak, calendar/mix (and the
// mix's schema/range), calendar/unapproved, calendar/overdue, and calendar/outside-period on a series'
// `until`. Each fires on its exact range (offsets into the YAML text) with its exact message, stays
// quiet where it should, and its quick fix is checked as the exact edit, in block and flow style.
import assert from 'node:assert/strict';
import { IncrementalLinter } from '../../../../src/core/engine/incremental';
import { lint } from '../../../../src/core/engine/lint';
import { applyEdits } from '../../../../src/core/text/edits';
import type { Finding, LintOptions } from '../../../../src/core/types';

/** The offset range of the nth occurrence of needle. */
function span(text: string, needle: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} #${nth} not found`);
  }
  return { start: i, end: i + needle.length };
}

function findings(text: string, code: string, options: LintOptions = {}): Finding[] {
  return lint(text, options).findings.filter((f) => f.code === code);
}

/** The one finding of code: its range, message and fixes (their titles as text: the messages are tested apart). */
function only(text: string, code: string, options: LintOptions = {}): Finding {
  const found = findings(text, code, options);
  assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
  const [f] = found;
  return f.fixes ? { ...f, fixes: f.fixes.map(({ titleMessage: _, ...fix }) => fix) } : f;
}

const HEAD = `version: 1
name: Test
period:
  start: 2027-01-01
  end: 2027-06-30
platforms:
  - id: ig
    network: instagram
    bestTimes: ['08:00', '19:30']
`;

describe('calendar/off-peak', () => {
  const BLOCK = `${HEAD}calendar:
  - date: 2027-01-04
    time: '12:00'
    platform: ig
    title: Launch teaser
`;

  it("fires on the post's time value, naming the nearest best time, as info", () => {
    const f = only(BLOCK, 'calendar/off-peak');
    assert.deepEqual({ start: f.start, end: f.end }, span(BLOCK, "'12:00'"));
    assert.equal(f.severity, 'info');
    assert.equal(
      f.message,
      '"Launch teaser" (4 January 2027) goes out at 12:00, more than an hour from the best times of Instagram (ig) (08:00, 19:30). Consider 08:00, the nearest one.',
    );
  });

  it('"Move to HH:MM" replaces only the time between its quotes (block, flow, plain)', () => {
    const f = only(BLOCK, 'calendar/off-peak');
    const inside = span(BLOCK, '12:00');
    assert.deepEqual(f.fixes, [
      { title: 'Move to 08:00', safe: false, edits: [{ ...inside, newText: '08:00' }] },
    ]);
    assert.equal(applyEdits(BLOCK, f.fixes[0].edits), BLOCK.replace("'12:00'", "'08:00'"));

    const flow = `${HEAD}calendar:\n  - {date: 2027-01-04, time: "18:00", platform: ig, title: Flow}\n`;
    const g = only(flow, 'calendar/off-peak');
    assert.deepEqual({ start: g.start, end: g.end }, span(flow, '"18:00"'));
    assert.deepEqual(g.fixes![0].edits, [{ ...span(flow, '18:00'), newText: '19:30' }]);
    assert.equal(g.fixes![0].title, 'Move to 19:30');
    assert.equal(applyEdits(flow, g.fixes![0].edits), flow.replace('"18:00"', '"19:30"'));

    const plain = BLOCK.replace("'12:00'", '12:00');
    const h = only(plain, 'calendar/off-peak');
    assert.deepEqual(h.fixes![0].edits, [{ ...span(plain, '12:00'), newText: '08:00' }]);
  });

  it('is quiet within 60 minutes of a best time (around midnight too), and without best times or a time', () => {
    for (const time of ['09:00', '07:00', '18:30', '20:30']) {
      assert.deepEqual(findings(BLOCK.replace('12:00', time), 'calendar/off-peak'), [], time);
    }
    assert.equal(findings(BLOCK.replace('12:00', '09:01'), 'calendar/off-peak').length, 1);
    const midnight = BLOCK.replace("['08:00', '19:30']", "['00:15']").replace('12:00', '23:30');
    assert.deepEqual(findings(midnight, 'calendar/off-peak'), []);
    assert.deepEqual(
      findings(BLOCK.replace("    bestTimes: ['08:00', '19:30']\n", ''), 'calendar/off-peak'),
      [],
    );
    assert.deepEqual(findings(BLOCK.replace("    time: '12:00'\n", ''), 'calendar/off-peak'), []);
  });

  it('a tie goes to the best time listed first', () => {
    const text = BLOCK.replace("['08:00', '19:30']", "['14:00', '10:00']");
    assert.match(only(text, 'calendar/off-peak').message, /Consider 14:00, the nearest one\.$/);
  });

  it('moves to the nearest best time no other post holds that day, so the fix makes no conflict', () => {
    const text = `${BLOCK}  - date: 2027-01-04
    time: '08:00'
    platform: ig
    title: Morning post
`;
    const f = only(text, 'calendar/off-peak');
    assert.match(f.message, /The nearest, 08:00, already has a post then; consider 19:30\.$/);
    assert.deepEqual(f.fixes![0].edits, [{ ...span(text, '12:00'), newText: '19:30' }]);
    assert.deepEqual(findings(applyEdits(text, f.fixes![0].edits), 'calendar/conflict'), []);

    const full = `${text}  - date: 2027-01-04
    time: '19:30'
    platform: ig
    title: Evening post
`;
    const g = only(full, 'calendar/off-peak');
    assert.match(g.message, /The nearest is 08:00, but every best time already has a post then\.$/);
    assert.equal(g.fixes, undefined);
  });
});

describe('calendar/mix', () => {
  /** A platform with a mix, reels every day from 2027-01-04 (`reels` of them), and one of each other post. */
  const mixText = (mix: string, reels: number, others: string[] = []) => `version: 1
name: Test
period: {start: 2027-01-01, end: 2027-06-30}
platforms:
  - id: ig
    network: instagram
    mix: ${mix}
calendar:
  - date: 2027-01-04
    platform: ig
    type: reel
    title: Daily reel
    repeat: {every: day, count: ${reels}}
${others.map((type, i) => `  - {date: 2027-02-${String(i + 1).padStart(2, '0')}, platform: ig,${type ? ` type: ${type},` : ''} title: Post ${i + 1}}\n`).join('')}`;

  it("fires on the platform's mix key, occurrences of a series counted, naming each type's target and share", () => {
    // A weekly series from Monday 4 January to 1 March: 9 reels; with one carousel, 10 posts.
    const text = `version: 1
name: Test
period: {start: 2027-01-01, end: 2027-06-30}
platforms:
  - id: ig
    network: instagram
    mix: {reel: 40, carousel: 40}
calendar:
  - date: 2027-01-04
    platform: ig
    type: reel
    title: Weekly reel
    repeat: {every: week, until: 2027-03-01}
  - {date: 2027-01-05, platform: ig, type: carousel, title: Carousel}
`;
    const f = only(text, 'calendar/mix');
    assert.deepEqual({ start: f.start, end: f.end }, span(text, 'mix'));
    assert.equal(f.severity, 'warning');
    assert.equal(
      f.message,
      'The 10 posts on Instagram (ig) stray from its planned mix: reel 90% (target 40%), carousel 10% (target 40%). Plan more carousel posts and fewer reel posts, or change the mix.',
    );
    assert.equal(f.fixes, undefined);
  });

  it('needs at least 10 posts', () => {
    assert.equal(findings(mixText('{reel: 10}', 10), 'calendar/mix').length, 1);
    assert.deepEqual(findings(mixText('{reel: 10}', 9), 'calendar/mix'), []);
  });

  it('allows 15 percentage points either way, and not more; untyped posts count in the denominator', () => {
    // 11 reels of 20 posts are 55%: 15 points over 40. 12 of 20 are 60%.
    const untyped = Array<string>(9).fill('');
    assert.deepEqual(findings(mixText('{reel: 40}', 11, untyped), 'calendar/mix'), []);
    assert.deepEqual(findings(mixText('{reel: 70}', 11, untyped), 'calendar/mix'), []);
    assert.match(
      only(mixText('{reel: 40}', 12, Array<string>(8).fill('')), 'calendar/mix').message,
      /: reel 60% \(target 40%\)\. Plan fewer reel posts, or change the mix\.$/,
    );
    assert.match(
      only(mixText('{reel: 71}', 11, untyped), 'calendar/mix').message,
      /: reel 55% \(target 71%\)\. Plan more reel posts, or change the mix\.$/,
    );
  });

  it('shows a share to one decimal where whole percent would hide the difference', () => {
    // 16 reels of 30 posts: 53.3%, 15.3 points over 38 (53% would read as 15).
    const text = mixText('{reel: 38}', 16, Array<string>(14).fill('image'));
    assert.match(only(text, 'calendar/mix').message, /reel 53\.3% \(target 38%\)/);
  });

  it('schema/range on the mix key when the shares add up to more than 100', () => {
    const text = mixText('{reel: 60, story: 50}', 1);
    const f = only(text, 'schema/range');
    assert.deepEqual({ start: f.start, end: f.end }, span(text, 'mix'));
    assert.equal(f.severity, 'error');
    assert.equal(
      f.message,
      'The shares in the mix of Instagram (ig) add up to 110%, but together they can be at most 100%. Lower some of them.',
    );
    assert.deepEqual(findings(mixText('{reel: 50, story: 50}', 1), 'schema/range'), []);
  });
});

describe('calendar/unapproved', () => {
  const withApproval = (approval: string, calendar: string) => `version: 1
name: Test
period: {start: 2027-01-01, end: 2027-06-30}
governance:
  approval: ${approval}
platforms:
  - {id: ig, network: instagram}
calendar:
${calendar}`;
  const BLOCK_POST = `  - date: 2027-01-04
    platform: ig
    title: Launch teaser
    status: scheduled # booked in the tool
    notes: x
`;
  const FLOW_POST = `  - {date: 2027-01-05, platform: ig, title: Flow post, status: published}\n`;

  it('fires on the status value of a scheduled post without approvedBy; the fix adds it after the status', () => {
    const text = withApproval('{required: true}', BLOCK_POST);
    const f = only(text, 'calendar/unapproved');
    assert.deepEqual({ start: f.start, end: f.end }, span(text, 'scheduled'));
    assert.equal(f.severity, 'warning');
    assert.equal(
      f.message,
      "\"Launch teaser\" (4 January 2027) is scheduled but not approved, and this strategy requires approval before posts are scheduled. Have it approved and add 'approvedBy' with the approver's name.",
    );
    const at = span(text, '# booked in the tool').end;
    assert.deepEqual(f.fixes, [
      {
        title: 'Add approvedBy',
        safe: false,
        edits: [
          {
            start: at,
            end: at,
            newText: '\n    approvedBy: name',
            snippet: '\n    approvedBy: ${1:name}',
          },
        ],
      },
    ]);
    assert.equal(applyEdits(text, f.fixes[0].edits), text.replace('tool\n', 'tool\n    approvedBy: name\n'));
  });

  it("keeps the file's line endings, and the key's indentation when the status opens the item", () => {
    const post = '  - status: scheduled\n    date: 2027-01-04\n    platform: ig\n    title: First\n';
    const text = withApproval('{required: true}', post).replace(/\n/g, '\r\n');
    const f = only(text, 'calendar/unapproved');
    const at = span(text, 'scheduled').end;
    assert.deepEqual(f.fixes![0].edits, [
      { start: at, end: at, newText: '\r\n    approvedBy: name', snippet: '\r\n    approvedBy: ${1:name}' },
    ]);
  });

  it('in a flow post, the fix adds ", approvedBy: …" right after the status', () => {
    const text = withApproval('{required: true}', FLOW_POST);
    const f = only(text, 'calendar/unapproved');
    assert.deepEqual({ start: f.start, end: f.end }, span(text, 'published'));
    assert.match(f.message, /^"Flow post" \(5 January 2027\) is published but not approved/);
    const at = span(text, 'published').end;
    assert.deepEqual(f.fixes![0].edits, [
      { start: at, end: at, newText: ', approvedBy: name', snippet: ', approvedBy: ${1:name}' },
    ]);
    assert.deepEqual(findings(applyEdits(text, f.fixes![0].edits), 'calendar/unapproved'), []);
  });

  it('with approvers: names who may approve, offers the first, and reports anyone else', () => {
    const approval = "{required: true, approvers: ['Sara K.', Ali]}";
    const text = withApproval(approval, BLOCK_POST);
    const f = only(text, 'calendar/unapproved');
    assert.match(
      f.message,
      /Have one of the approvers \(Sara K\., Ali\) approve it and add 'approvedBy' with their name\.$/,
    );
    assert.equal(f.fixes![0].edits[0].newText, '\n    approvedBy: Sara K.');
    assert.equal(f.fixes![0].edits[0].snippet, '\n    approvedBy: ${1:Sara K.}');

    const other = withApproval(approval, FLOW_POST.replace('published}', 'published, approvedBy: Reza}'));
    const g = only(other, 'calendar/unapproved');
    assert.deepEqual({ start: g.start, end: g.end }, span(other, 'published'));
    assert.equal(
      g.message,
      '"Flow post" (5 January 2027) was approved by Reza, who is not one of the approvers (Sara K., Ali). Have one of them approve it.',
    );
    assert.equal(g.fixes, undefined);
    const ok = withApproval(approval, FLOW_POST.replace('published}', 'published, approvedBy: Ali}'));
    assert.deepEqual(findings(ok, 'calendar/unapproved'), []);
  });

  it('is quiet when approval is not required, before scheduling, and once approved', () => {
    assert.deepEqual(findings(withApproval('{required: false}', BLOCK_POST), 'calendar/unapproved'), []);
    for (const status of ['idea', 'draft', 'in-review', 'approved', 'rejected']) {
      const text = withApproval('{required: true}', BLOCK_POST.replace('scheduled', status));
      assert.deepEqual(findings(text, 'calendar/unapproved'), [], status);
    }
    const approved = withApproval(
      '{required: true}',
      BLOCK_POST.replace('    notes', '    approvedBy: Sara\n    notes'),
    );
    assert.deepEqual(findings(approved, 'calendar/unapproved'), []);
    const noGovernance = withApproval('{required: true}', BLOCK_POST).replace(
      'governance:\n  approval: {required: true}\n',
      '',
    );
    assert.deepEqual(findings(noGovernance, 'calendar/unapproved'), []);
  });
});

describe('calendar/overdue (today pinned)', () => {
  const TODAY = { today: '2027-01-20' };
  const text = `${HEAD}calendar:
  - date: 2027-01-04
    platform: ig
    title: Launch teaser
    status: draft
  - {date: 2027-01-19, platform: ig, title: Yesterday, status: scheduled}
  - date: 2027-01-10
    platform: ig
    title: No status
  - {date: 2027-01-11, platform: ig, title: Flow no status}
`;

  it('fires on the status value, else the date value, saying how many days ago', () => {
    const found = findings(text, 'calendar/overdue', TODAY);
    assert.deepEqual(
      found.map((f) => [f.start, f.end, f.severity, f.message]),
      [
        [
          ...Object.values(span(text, 'draft')),
          'warning',
          '"Launch teaser" (4 January 2027) was due 16 days ago but is still \'draft\'. If it went out, mark it as published; if not, give it a new date, or mark it as rejected.',
        ],
        [
          ...Object.values(span(text, 'scheduled')),
          'warning',
          '"Yesterday" (19 January 2027) was due 1 day ago but is still \'scheduled\'. If it went out, mark it as published; if not, give it a new date, or mark it as rejected.',
        ],
        [
          ...Object.values(span(text, '2027-01-10')),
          'warning',
          '"No status" (10 January 2027) was due 10 days ago but has no status (an idea). If it went out, mark it as published; if not, give it a new date, or mark it as rejected.',
        ],
        [
          ...Object.values(span(text, '2027-01-11')),
          'warning',
          '"Flow no status" (11 January 2027) was due 9 days ago but has no status (an idea). If it went out, mark it as published; if not, give it a new date, or mark it as rejected.',
        ],
      ],
    );
  });

  it('"Mark as published" replaces the status value, or adds a status after the date (block and flow)', () => {
    const found = findings(text, 'calendar/overdue', TODAY);
    const edits = found.map((f) => {
      assert.equal(f.fixes?.length, 1);
      assert.equal(f.fixes[0].title, 'Mark as published');
      assert.equal(f.fixes[0].safe, false);
      return f.fixes[0].edits;
    });
    const dateEnd = (needle: string) => span(text, needle).end;
    assert.deepEqual(edits, [
      [{ ...span(text, 'draft'), newText: 'published' }],
      [{ ...span(text, 'scheduled'), newText: 'published' }],
      [{ start: dateEnd('2027-01-10'), end: dateEnd('2027-01-10'), newText: '\n    status: published' }],
      [{ start: dateEnd('2027-01-11'), end: dateEnd('2027-01-11'), newText: ', status: published' }],
    ]);
    const fixed = applyEdits(text, edits.flat());
    assert.deepEqual(findings(fixed, 'calendar/overdue', TODAY), []);
    assert.deepEqual(
      lint(fixed, TODAY).findings.filter((f) => f.severity === 'error'),
      [],
    );
    assert.match(fixed, /- date: 2027-01-10\n {4}status: published\n {4}platform: ig/);
    assert.match(fixed, /\{date: 2027-01-11, status: published, platform: ig, title: Flow no status\}/);
  });

  it('says nothing without today, for today itself, published or rejected posts, and series', () => {
    assert.deepEqual(findings(text, 'calendar/overdue'), []);
    assert.deepEqual(findings(text, 'calendar/overdue', { today: 'not a date' }), []);
    assert.deepEqual(findings(text, 'calendar/overdue', { today: '2027-01-04' }), []);
    for (const status of ['published', 'rejected']) {
      const settled = `${HEAD}calendar:\n  - {date: 2027-01-04, platform: ig, title: x, status: ${status}}\n`;
      assert.deepEqual(findings(settled, 'calendar/overdue', TODAY), [], status);
    }
    const series = `${HEAD}calendar:
  - date: 2027-01-04
    platform: ig
    title: Weekly tip
    status: draft
    repeat: {every: week}
`;
    assert.deepEqual(findings(series, 'calendar/overdue', TODAY), []);
  });

  it('the incremental linter passes today on too', () => {
    const linter = new IncrementalLinter(TODAY);
    assert.equal(linter.lint(text).findings.filter((f) => f.code === 'calendar/overdue').length, 4);
  });
});

describe("calendar/outside-period on a series' until", () => {
  const series = (until: string, date = '2027-01-04') => `${HEAD}calendar:
  - date: ${date}
    platform: ig
    title: Weekly tip
    repeat:
      every: week
      until: ${until}
`;

  it("fires on until's value when the series runs past the period's end", () => {
    const text = series('2027-09-30');
    const f = only(text, 'calendar/outside-period');
    assert.deepEqual({ start: f.start, end: f.end }, span(text, '2027-09-30'));
    assert.equal(
      f.message,
      'The series "Weekly tip" runs until 2027-09-30, after the strategy\'s period ends on 2027-06-30: posts after that are not planned. End it by 2027-06-30, or extend the period.',
    );
  });

  it('fires on both date and until of a series wholly before the period', () => {
    const text = series('2026-12-20', '2026-12-01');
    assert.deepEqual(
      findings(text, 'calendar/outside-period').map((f) => [f.start, f.end, f.message]),
      [
        [
          ...Object.values(span(text, '2026-12-01')),
          'The post "Weekly tip" is planned for 2026-12-01, before the strategy\'s period starts on 2027-01-01.',
        ],
        [
          ...Object.values(span(text, '2026-12-20')),
          'The series "Weekly tip" ends on 2026-12-20, before the strategy\'s period starts on 2027-01-01.',
        ],
      ],
    );
  });

  it('is quiet for an until inside the period, and for an until without a valid repeat', () => {
    assert.deepEqual(findings(series('2027-06-30'), 'calendar/outside-period'), []);
    // Before its own date (and the period): schema/range says so, once.
    assert.deepEqual(findings(series('2026-12-20'), 'calendar/outside-period'), []);
    assert.equal(findings(series('2026-12-20'), 'schema/range').length, 1);
    const notRecurring = series('2027-09-30').replace('every: week', 'every: fortnight');
    assert.deepEqual(findings(notRecurring, 'calendar/outside-period'), []);
  });
});
