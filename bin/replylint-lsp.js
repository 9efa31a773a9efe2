#!/usr/bin/env node
// The language server on stdin/stdout, for editors (same as `replylint --lsp`). CommonJS, see bin/package.json.
import('../dist/src/lsp/server.js').then(({startStdioServer}) => startStdioServer())
