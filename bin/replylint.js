#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by `npm install` via the prepare script).
import {run} from '../dist/src/cli.js'

process.exitCode = await run(process.argv.slice(2))
