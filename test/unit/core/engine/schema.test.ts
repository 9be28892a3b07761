// The JSON Schema of the strategy format (schemas/strategy.schema.json) against its fixtures and the contract.
//
// Vocabulary: keywords beyond draft-07 that the schema carries for the editor only. Ajv's strict mode
// rejects unknown keywords, so every validator of the schema (this test, the lint engine) registers them
// with ajv.addVocabulary(EDITOR_KEYWORDS):
//   markdownDescription       Markdown hover text (VS Code's JSON service, Red Hat's YAML extension)
//   enumDescriptions          plain hover text for each enum value, in the order of `enum`
//   markdownEnumDescriptions  Markdown hover text for each enum value, in the order of `enum`
//   defaultSnippets           completion snippets offered for a new item
//
// Invalid fixtures start with `# expect: <instancePath> <keyword>`, the ajv error the one problem in the
// file must raise; the root's empty instancePath is written `""`.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { lint } from '../../../../src/core';
import { ADDED_TOP_LEVEL_KEYS, TOP_LEVEL_KEYS } from '../../contract';

const EDITOR_KEYWORDS = [
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'defaultSnippets',
];

const root = join(__dirname, '..', '..', '..', '..');
const fixtures = join(root, 'test', 'fixtures');

type Schema = { [keyword: string]: unknown };

const schema = JSON.parse(readFileSync(join(root, 'schemas', 'strategy.schema.json'), 'utf8')) as Schema;
const definitions = schema.definitions as Record<string, Schema>;

function newAjv(): Ajv {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every subschema with its JSON pointer, the root first. */
function* walk(node: Schema, pointer = '#'): Generator<[string, Schema]> {
  yield [pointer, node];
  for (const keyword of ['properties', 'definitions']) {
    const map = node[keyword];
    if (isSchema(map)) {
      for (const [name, child] of Object.entries(map)) {
        if (isSchema(child)) yield* walk(child, `${pointer}/${keyword}/${name}`);
      }
    }
  }
  for (const keyword of ['items', 'additionalProperties', 'propertyNames']) {
    const child = node[keyword];
    if (isSchema(child)) yield* walk(child, `${pointer}/${keyword}`);
  }
}

function deref(node: Schema): [Schema, string | undefined] {
  if (typeof node.$ref !== 'string') return [node, undefined];
  const name = node.$ref.replace('#/definitions/', '');
  const target = definitions[name];
  assert.ok(target, `unresolved $ref ${node.$ref}`);
  return [target, name];
}

/** The keys the schema allows, as "owner.key": owner is a definition's name, or the path to an inline object. */
function schemaKeys(node: Schema, label: string, out: Set<string>, seen = new Set<string>()): Set<string> {
  const [target, name] = deref(node);
  if (name !== undefined) {
    if (seen.has(name)) return out;
    seen.add(name);
  }
  const owner = name ?? label;
  if (isSchema(target.properties)) {
    for (const [key, child] of Object.entries(target.properties)) {
      out.add(`${owner}.${key}`);
      if (isSchema(child)) schemaKeys(child, `${owner}.${key}`, out, seen);
    }
  }
  if (isSchema(target.items)) schemaKeys(target.items, owner, out, seen);
  return out;
}

/** The keys a document uses, labelled like schemaKeys. */
function usedKeys(node: Schema, data: unknown, label: string, out: Set<string>): Set<string> {
  const [target, name] = deref(node);
  const owner = name ?? label;
  if (isSchema(target.properties) && isSchema(data)) {
    for (const [key, value] of Object.entries(data)) {
      out.add(`${owner}.${key}`);
      const child = target.properties[key];
      if (isSchema(child)) usedKeys(child, value, `${owner}.${key}`, out);
    }
  }
  if (isSchema(target.items) && Array.isArray(data)) {
    for (const item of data) usedKeys(target.items, item, owner, out);
  }
  return out;
}

function fixtureFiles(kind: 'valid' | 'invalid'): string[] {
  return readdirSync(join(fixtures, kind))
    .filter((file) => file.endsWith('.strategy.yaml'))
    .sort();
}

function readFixture(kind: 'valid' | 'invalid', file: string): { text: string; data: unknown } {
  const text = readFileSync(join(fixtures, kind, file), 'utf8');
  return { text, data: parse(text) as unknown };
}

function show(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `${JSON.stringify(e.instancePath)} ${e.keyword}: ${e.message ?? ''}`)
    .join('\n');
}

// The contract's keys in its order (completion lists them so) and its required keys.
const contract: Record<string, { keys: string[]; required: string[] }> = {
  root: {
    keys: [...TOP_LEVEL_KEYS, ...ADDED_TOP_LEVEL_KEYS],
    required: ['version', 'name', 'period'],
  },
  period: { keys: ['start', 'end'], required: ['start', 'end'] },
  objective: { keys: ['id', 'title', 'description'], required: ['id', 'title'] },
  goal: {
    keys: [
      'id',
      'title',
      'objective',
      'metric',
      'platforms',
      'baseline',
      'target',
      'deadline',
      'rationale',
      'owner',
    ],
    required: ['id'],
  },
  audience: {
    keys: ['id', 'name', 'demographics', 'interests', 'painPoints', 'needs', 'platforms'],
    required: ['id', 'name'],
  },
  competitor: {
    keys: ['id', 'name', 'presence', 'strengths', 'weaknesses', 'notes'],
    required: ['id', 'name'],
  },
  platform: {
    keys: ['id', 'network', 'handle', 'priority', 'audiences', 'cadence', 'bestTimes', 'mix'],
    required: ['id', 'network'],
  },
  post: {
    keys: [
      'date',
      'time',
      'platform',
      'type',
      'title',
      'status',
      'goal',
      'campaign',
      'link',
      'notes',
      // Additions (December 2026)
      'repeat',
      'approvedBy',
    ],
    required: ['date', 'platform', 'title'],
  },
  repeat: { keys: ['every', 'interval', 'on', 'until', 'count', 'except'], required: ['every'] },
  metric: {
    keys: ['id', 'name', 'platform', 'unit', 'values', 'aggregation', 'source'],
    required: ['id', 'name'],
  },
  relationship: {
    keys: ['id', 'name', 'kind', 'value', 'platforms', 'audiences', 'notes'],
    required: ['id', 'name', 'kind'],
  },
  engagementRule: {
    keys: ['topic', 'team', 'responseTime', 'platforms', 'metric'],
    required: ['topic', 'team'],
  },
  review: { keys: ['date', 'findings', 'actions', 'month', 'goals'], required: ['date'] },
  governance: { keys: ['policies', 'guidelines', 'training', 'approval'], required: [] },
};

const DEFINITION_NAMES = [
  'slug',
  'date',
  'month',
  'time',
  'period',
  'objective',
  'goal',
  'audience',
  'competitor',
  'platform',
  'post',
  'repeat',
  'metric',
  'relationship',
  'engagementRule',
  'review',
  'governance',
  'network',
  'postType',
  'postStatus',
  'purpose',
  'stringList',
  'slugList',
];

// Draft-07 ignores keywords next to $ref, and the YAML extension drops them: only metadata may sit there.
const REF_SIBLINGS = new Set([
  '$ref',
  'description',
  'markdownDescription',
  'examples',
  'default',
  'title',
  '$comment',
]);

describe('strategy.schema.json', () => {
  let validate: ValidateFunction;

  before(() => {
    validate = newAjv().compile(schema);
  });

  describe('the schema itself', () => {
    it('is draft-07 with the published $id, a title and a description', () => {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.equal(schema.$id, 'https://strategy-as-code.dev/schema/v1/strategy.schema.json');
      assert.equal(typeof schema.title, 'string');
      assert.equal(typeof schema.description, 'string');
    });

    it('compiles under ajv strict mode with the editor vocabulary', () => {
      assert.equal(typeof validate, 'function');
    });

    it('has exactly the shared definitions the engine refers to', () => {
      assert.deepEqual(Object.keys(definitions).sort(), [...DEFINITION_NAMES].sort());
    });

    it('lets each definition compile on its own, as the engine does to re-check one item', () => {
      const ajv = newAjv();
      ajv.addSchema(schema);
      for (const name of DEFINITION_NAMES) {
        const check = ajv.getSchema(`${String(schema.$id)}#/definitions/${name}`);
        assert.ok(check, name);
      }
      const post = ajv.getSchema(`${String(schema.$id)}#/definitions/post`)!;
      assert.equal(post({ date: '2025-01-01', platform: 'insta', title: 'Hello' }), true);
      assert.equal(post({ date: '2025-01-01', platform: 'insta', title: 'Hello', status: 'done' }), false);
      assert.deepEqual(
        post.errors?.map((e) => [e.instancePath, e.keyword]),
        [['/status', 'enum']],
      );
    });

    for (const [owner, { keys, required }] of Object.entries(contract)) {
      it(`lists the keys of ${owner} in the contract's order, with its required keys`, () => {
        const node = owner === 'root' ? schema : definitions[owner];
        assert.deepEqual(Object.keys(node.properties as Schema), keys);
        assert.deepEqual(node.required ?? [], required);
      });
    }

    it('gives every subschema a description and a markdownDescription (bare $refs excepted)', () => {
      const missing: string[] = [];
      for (const [pointer, node] of walk(schema)) {
        if (Object.keys(node).length === 1 && '$ref' in node) continue;
        for (const keyword of ['description', 'markdownDescription']) {
          const text = node[keyword];
          if (typeof text !== 'string' || text.trim() === '') missing.push(`${pointer} ${keyword}`);
        }
      }
      assert.deepEqual(missing, []);
    });

    it('gives every scalar examples (bare $refs take those of their definition)', () => {
      const missing: string[] = [];
      for (const [pointer, node] of walk(schema)) {
        if (Object.keys(node).length === 1 && '$ref' in node) continue;
        const [target] = deref(node);
        const scalar = ['string', 'number', 'integer'].includes(target.type as string) || 'enum' in target;
        if (scalar && !(Array.isArray(node.examples) && node.examples.length > 0)) missing.push(pointer);
      }
      assert.deepEqual(missing, []);
    });

    it('describes every enum value, in plain text and in Markdown', () => {
      let enums = 0;
      for (const [pointer, node] of walk(schema)) {
        if (!Array.isArray(node.enum)) continue;
        enums++;
        for (const keyword of ['enumDescriptions', 'markdownEnumDescriptions']) {
          const texts = node[keyword];
          assert.ok(Array.isArray(texts), `${pointer} ${keyword}`);
          assert.equal(texts.length, node.enum.length, `${pointer} ${keyword}`);
          assert.ok(
            texts.every((t) => typeof t === 'string' && t !== ''),
            `${pointer} ${keyword}`,
          );
        }
      }
      assert.ok(enums >= 8, `only ${enums} enums found`);
    });

    it('closes every object (additionalProperties: false) and requires only keys it defines', () => {
      for (const [pointer, node] of walk(schema)) {
        if (!isSchema(node.properties)) continue;
        assert.equal(node.additionalProperties, false, pointer);
        for (const key of (node.required as string[] | undefined) ?? []) {
          assert.ok(key in node.properties, `${pointer} requires undefined ${key}`);
        }
      }
    });

    it('uses no combinators (their errors are unreadable) and only metadata next to $ref', () => {
      for (const [pointer, node] of walk(schema)) {
        for (const keyword of ['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else', 'uniqueItems']) {
          assert.ok(!(keyword in node), `${pointer} uses ${keyword}`);
        }
        if ('$ref' in node) {
          const extra = Object.keys(node).filter((key) => !REF_SIBLINGS.has(key));
          assert.deepEqual(extra, [], `${pointer} has non-metadata siblings of $ref`);
        }
      }
    });

    it("defaults a post's status to idea", () => {
      const status = (definitions.post.properties as Record<string, Schema>).status;
      assert.equal(status.default, 'idea');
    });
  });

  describe('valid fixtures', () => {
    const files = fixtureFiles('valid');

    it('has at least 4 of them', () => {
      assert.ok(files.length >= 4, files.join(', '));
    });

    for (const file of files) {
      it(`accepts ${file}`, () => {
        const { data } = readFixture('valid', file);
        assert.equal(validate(data), true, show(validate.errors));
      });
    }

    it('full.strategy.yaml uses every key the schema defines', () => {
      const { data } = readFixture('valid', 'full.strategy.yaml');
      const unused = [...schemaKeys(schema, 'root', new Set())].filter(
        (key) => !usedKeys(schema, data, 'root', new Set()).has(key),
      );
      assert.deepEqual(unused, []);
    });
  });

  describe('invalid fixtures', () => {
    const files = fixtureFiles('invalid');

    it('has at least 12 of them', () => {
      assert.ok(files.length >= 12, files.join(', '));
    });

    for (const file of files) {
      it(`rejects ${file} with the expected error, and only there`, () => {
        const { text, data } = readFixture('invalid', file);
        const expect = /^# expect: (""|\/\S*) (\w+)\r?$/.exec(text.split('\n', 1)[0]);
        assert.ok(expect, `${file}: the first line must be "# expect: <instancePath> <keyword>"`);
        const path = expect[1] === '""' ? '' : expect[1];
        const keyword = expect[2];

        assert.equal(validate(data), false, `${file} was accepted`);
        const errors = validate.errors ?? [];
        assert.ok(
          errors.some((e) => e.instancePath === path && e.keyword === keyword),
          `expected ${JSON.stringify(path)} ${keyword}, got:\n${show(errors)}`,
        );
        // One problem per fixture: every error is about the same spot.
        assert.deepEqual([...new Set(errors.map((e) => e.instancePath))], [path], show(errors));
      });
    }
  });
});

describe('schema messages say what the value really is (issue 7.13)', () => {
  const BASE = 'version: 1\nname: x\nperiod: {start: 2027-01-01, end: 2027-06-30}\n';
  const typeMessages = (text: string) =>
    lint(text)
      .findings.filter((f) => f.code.startsWith('schema/'))
      .map((f) => [text.slice(f.start, f.end), f.message]);

  it('1e400 is too large to be a number, not "a number but a number"', () => {
    assert.deepEqual(typeMessages(BASE + 'goals:\n  - id: g\n    target: 1e400\n'), [
      [
        '1e400',
        "'target' is 1e400, which is too large to be a number here. Write an ordinary number, such as 20000.",
      ],
    ]);
    assert.deepEqual(typeMessages(BASE + 'goals:\n  - id: g\n    baseline: -.inf\n'), [
      [
        '-.inf',
        "'baseline' is -.inf, which is too far below zero to be a number here. Write an ordinary number, such as 20000.",
      ],
    ]);
    assert.deepEqual(typeMessages(BASE + 'goals:\n  - id: g\n    target: .nan\n'), [
      [
        '.nan',
        '\'target\' is .nan, which YAML reads as "not a number". Write an ordinary number, such as 20000.',
      ],
    ]);
  });

  it('a !!binary value is binary data, not "a section of fields"; where a section is expected too', () => {
    assert.deepEqual(typeMessages(BASE.replace('name: x', 'name: !!binary aGVsbG8=')), [
      ['aGVsbG8=', "'name' should be text, but it is binary data (a !!binary value)."],
    ]);
    const period = BASE.replace('period: {start: 2027-01-01, end: 2027-06-30}', 'period: !!binary aGVsbG8=');
    const [[at, message]] = typeMessages(period);
    assert.equal(at, 'aGVsbG8=');
    assert.match(
      message,
      /^'period' should be a section of fields .*, but it is binary data \(a !!binary value\)\.$/,
    );
  });

  it('a !!timestamp value is a date and time', () => {
    assert.deepEqual(typeMessages(BASE + 'owner: !!timestamp 2001-12-14\n'), [
      ['2001-12-14', "'owner' should be text, but it is a date and time (a !!timestamp value)."],
    ]);
  });
});

describe('an empty reference (issue 12)', () => {
  const head = 'version: 1\nname: x\nperiod: {start: 2027-01-01, end: 2027-12-31}\n';
  it('lists the platforms to choose from instead of "it should be text"', () => {
    const text = `${head}platforms:\n  - {id: ig, network: instagram}\n  - {id: news, network: newsletter}\ncalendar:\n  - date: 2027-01-04\n    platform:\n    title: Launch\n`;
    const found = lint(text).findings.filter((f) => f.code === 'schema/type');
    assert.deepEqual(
      found.map((f) => f.message),
      ["'platform' is empty: give the id of one of the platforms: ig (instagram), news (newsletter)."],
    );
  });
  it('says where the ids come from when none is declared yet', () => {
    const text = `${head}goals:\n  - id: g\n    title: Grow it a lot\n    metric:\n`;
    const found = lint(text).findings.filter((f) => f.code === 'schema/type');
    assert.deepEqual(
      found.map((f) => f.message),
      ["'metric' is empty: give the id of one of the metrics, once some are listed under 'metrics'."],
    );
  });
});
