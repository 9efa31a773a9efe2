#!/usr/bin/env node
// CommonJS (see bin/package.json): the CLI from the one-file bundle and its code cache the build makes (src/cli-bundle.cts).
const {loadCli} = require('../dist/src/cli-bundle.cjs')

// `replylint … | head`: the reader has what it wanted; stop quietly, as other command-line tools do.
// (Fixes are written file by file, each atomically, so stopping here leaves no file half written.)
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

loadCli()
  .then(({run}) => run(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code
  })
