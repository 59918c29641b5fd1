#!/usr/bin/env node
// The CLI is compiled by `npm run build` (run automatically by `npm install` through `prepare`).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
