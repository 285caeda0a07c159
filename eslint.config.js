// typescript-eslint's recommended rules (syntax only, no type information: fast enough for every
// CI run), plus the habits the code already follows.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'reports/', 'test-results/', 'appPackage/build/', 'bench/results/', '.stryker-tmp*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Tests, benchmarks and scripts print on purpose.
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // It takes over botbuilder's console output during authentication (to log it through pino).
    files: ['src/edge/console-capture.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Input validation: control characters are exactly what these patterns refuse.
    files: ['src/helpdesk/resolve.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Script ranges (Devanagari to Sinhala) include combining marks on purpose: they tell a language.
    files: ['src/understanding/text.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    files: ['*.mjs'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    files: ['scripts/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: Object.fromEntries(
        ['require', 'module', 'process', 'console', '__dirname', 'setTimeout', 'clearTimeout', 'fetch', 'Buffer'].map((g) => [g, 'readonly']),
      ),
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
