-- Run by test/lsp/neovim.test.ts inside `nvim --headless` with the draft open:
-- attach replylint's language server, wait for its diagnostics, apply the
-- preferred quick fix under the cursor, and write both to files the test reads.
local out = os.getenv('REPLYLINT_OUT')
local config = {
  name = 'replylint',
  cmd = {os.getenv('REPLYLINT_NODE'), os.getenv('REPLYLINT_BIN'), '--lsp'},
  root_dir = vim.fn.getcwd(),
}
local buf = vim.api.nvim_get_current_buf()
local lines = {}

local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config) -- Neovim 0.8 and later
else
  client_id = vim.lsp.start_client(config) -- Neovim 0.7 (Debian 12)
  vim.lsp.buf_attach_client(buf, client_id)
end

if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
  table.insert(lines, 'TIMEOUT waiting for diagnostics')
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(lines, vim.fn.json_encode({
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    code = code, severity = d.severity, source = d.source, message = d.message,
  }))
end
vim.fn.writefile(lines, out .. '.diagnostics')

-- The cursor on "in order to" (line 5), then the preferred quick fix, as `vim.lsp.buf.code_action` would apply it.
local client = vim.lsp.get_client_by_id(client_id)
local params = {
  textDocument = {uri = vim.uri_from_bufnr(buf)},
  range = {start = {line = 4, character = 20}, ['end'] = {line = 4, character = 20}},
  context = {diagnostics = {}},
}
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
local applied = 'no preferred action'
for _, response in pairs(responses) do
  for _, action in ipairs(response.result or {}) do
    if action.isPreferred and action.edit then
      vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
      applied = action.title
    end
  end
end
local text = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
table.insert(text, 1, applied)
vim.fn.writefile(text, out .. '.fixed')

vim.lsp.stop_client(client_id)
vim.cmd('qall!')
