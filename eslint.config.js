import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A relative import that climbs to one of src/'s layers (CONTRIBUTING.md draws them). */
const reaches = (name) => `^(\\.\\./)+${name}(/|$)`;

/** A layer's files may not import these layers. */
function layer(files, forbidden, extra = []) {
  const patterns = forbidden.map((name) => ({
    regex: reaches(name),
    message: `CONTRIBUTING.md: this layer does not import ${name}.`,
  }));
  return { files, rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, ...extra] }] } };
}

const BROWSER_GLOBALS = ['chrome', 'browser', 'document', 'window'].map((name) => ({
  name,
  message: 'CONTRIBUTING.md: common and detect code is pure; it never touches a browser global.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'coverage/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  layer(['src/common/**'], ['detect', 'platforms', 'content', 'background', 'ui', 'browser']),
  layer(['src/detect/**'], ['platforms', 'content', 'background', 'ui', 'browser']),
  layer(['src/platforms/**'], ['detect', 'content', 'background', 'ui', 'browser']),
  layer(['src/browser/**'], ['detect', 'platforms', 'content', 'background', 'ui']),
  layer(['src/content/**'], ['background', 'ui']),
  // The worker may ask the platforms' registry which client a URL belongs to, and nothing else of theirs.
  layer(
    ['src/background/**'],
    ['content', 'ui'],
    [
      {
        regex: '^(\\.\\./)+platforms/(?!registry$)',
        message: 'CONTRIBUTING.md: the worker reaches the platforms through their registry only.',
      },
    ],
  ),
  layer(['src/ui/**'], ['content', 'background', 'platforms']),
  // Every meeting tab holds the content script: the settings schema (and zod with it, ~37 KB gzipped)
  // stays in the worker and the pages; the tab gets settings already checked, and may use their types.
  {
    files: ['src/content/**', 'src/platforms/**', 'src/detect/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(common/(settings|settings-family|classes|roster-add)|.*zod)$|^zod',
              allowTypeImports: true,
              message: 'CONTRIBUTING.md: the meeting tab loads no schema library; import types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/browser/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['chrome', 'browser'].map((name) => ({
          name,
          message: 'CONTRIBUTING.md: the extension APIs are called in src/browser only.',
        })),
      ],
    },
  },
  {
    files: ['src/common/**', 'src/detect/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS] },
  },
  {
    files: ['test/fixtures/**/*.js'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        setTimeout: 'readonly',
        console: 'readonly',
      },
    },
  },
);
