import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const yjsAndFriends = ['yjs', 'y-protocols', 'y-protocols/*', 'lib0', 'lib0/*'];
const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'pixi.js', 'tone', '@tiptap/*'];
const serverLibraries = ['@hocuspocus/*', 'hono', 'hono/*', '@hono/*', 'pino', 'node:*'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**'],
    rules: restrict(
      ['**/client/**', '**/server/**', ...uiLibraries, ...serverLibraries],
      'shared/ is pure: no client, server, React, pixi, tone, Tiptap, Hocuspocus or Node-only APIs.',
    ),
  },
  {
    files: [
      'shared/schema/**',
      'shared/migrations/**',
      'shared/time/**',
      'shared/mask/**',
      'shared/lint/**',
    ],
    rules: restrict(
      ['**/client/**', '**/server/**', ...uiLibraries, ...serverLibraries, ...yjsAndFriends],
      'shared/schema, migrations, time, mask and lint are plain data: no Yjs.',
    ),
  },
  {
    files: ['client/**'],
    rules: restrict(
      ['**/server/**', '@hocuspocus/server', 'node:*', 'pino'],
      'client/ never imports server code.',
    ),
  },
  {
    files: ['client/ui/**'],
    rules: restrict(
      ['**/server/**', 'yjs', 'pixi.js', 'tone', 'node:*'],
      'client/ui does not import yjs, pixi or tone: go through store/, commands/, canvas/ or audio/.',
    ),
  },
  {
    files: ['client/review/**'],
    rules: restrict(
      ['**/server/**', 'react', 'react-dom', 'react-dom/*', 'pixi.js', 'tone', 'node:*'],
      'client/review is the review session (documents, stores, commands): no React, pixi or tone.',
    ),
  },
  {
    files: ['client/canvas/**', 'client/tools/**'],
    rules: restrict(
      ['**/server/**', 'react', 'react-dom', 'react-dom/*', 'yjs', 'node:*'],
      'client/canvas and client/tools do not import React or yjs.',
    ),
  },
  {
    files: ['server/**'],
    rules: restrict(
      ['**/client/**', 'react', 'react-dom', 'pixi.js', 'tone'],
      'server/ never imports client code.',
    ),
  },
);
