// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noVscode = {
  paths: [{ name: 'vscode', message: 'src/core and src/webview must not import vscode: keep them pure.' }],
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'out/**', 'node_modules/**', '.cache/**', 'test-results/**', '**/*.js', '**/*.cjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Scripts, test harnesses and benchmarks: type-checked through their own tsconfig (checkJs).
    files: ['**/*.mjs'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.mjs.json' },
    },
    rules: {
      // tsc resolves every name (node globals included), as typescript-eslint advises.
      'no-undef': 'off',
      // checkJs already rejects implicit any; what is left is JSON.parse, require()d bundles and
      // page.evaluate results, which these scripts inspect on purpose.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noVscode,
          patterns: [{ group: ['fs', 'node:*', 'path', 'child_process'], message: 'The core does no I/O.' }],
        },
      ],
    },
  },
  {
    // A rule imports domain helpers (src/core/domain), never another rule: a helper two rules need
    // is domain code. The registry alone lists the rules.
    files: ['src/core/rules/*.ts'],
    ignores: ['src/core/rules/registry.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noVscode,
          patterns: [
            { group: ['fs', 'node:*', 'path', 'child_process'], message: 'The core does no I/O.' },
            {
              group: ['./*', '!./rule'],
              message: 'A rule must not import another rule: move what they share to src/core/domain/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Adapters use the core through its index (src/core/index.ts); the webviews through its protocol
    // types only. The core's inner layout is its own.
    files: ['src/cli/**/*.ts', 'src/extension/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+core/(?!protocol$)',
              message: "Import the core from its index ('../core'), not a module inside it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noVscode,
          patterns: [
            {
              // The networks' colours and glyphs are a data table with no imports, drawn by both sides.
              regex: '^(\\.\\./)+core(/(?!protocol$|domain/networks$|text/words$|text/i18n/message$).*)?$',
              message:
                'A webview receives plain view models: import types from src/core/protocol (and the network table).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
