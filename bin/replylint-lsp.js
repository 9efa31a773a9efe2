#!/usr/bin/env node
// The language server on stdin/stdout, for editors (same as `replylint --lsp`).
import {startStdioServer} from '../dist/src/lsp/server.js'

await startStdioServer()
