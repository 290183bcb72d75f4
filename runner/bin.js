#!/usr/bin/env node
// The `cloudcase` command. Runs the TypeScript sources through tsx's CommonJS hook, so a fresh
// clone needs `npm ci` and nothing else (no build step).
'use strict';
const path = require('node:path');
// The project's tsconfig (legacy decorators), whatever the working directory.
process.env.TSX_TSCONFIG_PATH = process.env.TSX_TSCONFIG_PATH || path.join(__dirname, '..', 'tsconfig.json');
require('tsx/cjs');
const { main } = require('./cli.ts');

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Give stdout a moment to drain, then leave even if a library left a handle open.
  setTimeout(() => process.exit(code), 2000).unref();
});
