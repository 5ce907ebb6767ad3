-- Drives Prétoire from Neovim's built-in LSP client (0.7+), headless: opens the pleading, waits for
-- the pushed diagnostics, asks for a hover, and writes what it saw as JSON for the mocha test.
local server = os.getenv('PRETOIRE_SERVER')
local file = os.getenv('PRETOIRE_FILE')
local out = os.getenv('PRETOIRE_OUT')
local hover_line = tonumber(os.getenv('PRETOIRE_HOVER_LINE'))
local hover_character = tonumber(os.getenv('PRETOIRE_HOVER_CHARACTER'))

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'pretoire',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
vim.lsp.buf_attach_client(bufnr, client_id)

local published = vim.wait(20000, function()
  return #vim.diagnostic.get(bufnr) > 0
end, 100)

local diagnostics = {}
for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
  table.insert(diagnostics, {
    line = diagnostic.lnum,
    character = diagnostic.col,
    code = lsp.code or '',
    source = diagnostic.source or lsp.source or '',
    message = diagnostic.message,
  })
end

local hover = ''
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  position = { line = hover_line, character = hover_character },
}, 10000)
for _, response in pairs(responses or {}) do
  if response.result and response.result.contents then
    hover = response.result.contents.value or ''
  end
end

vim.fn.writefile({ vim.fn.json_encode({ published = published, diagnostics = diagnostics, hover = hover }) }, out)
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
