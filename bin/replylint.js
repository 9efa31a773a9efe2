#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by `npm install` via the prepare script).
import {run} from '../dist/src/cli.js'

// `replylint … | head`: the reader has what it wanted; stop quietly, as other command-line tools do.
// (Fixes are written file by file, each atomically, so stopping here leaves no file half written.)
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

process.exitCode = await run(process.argv.slice(2))
