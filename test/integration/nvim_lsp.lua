-- Drives a real Neovim LSP client (vim.lsp.start_client, Neovim 0.7+)
-- against `rtclint lsp` or the clangd proxy. Run by nvim_test.py:
--   nvim --headless -u NONE -c 'luafile nvim_lsp.lua'
-- Environment: RTCLINT, WORK (a directory with the files), MODE (lsp or
-- clangd), CLANGD, SECRET (the credential in the files), FILES
-- (comma-separated "file=rule" pairs), FIX (optional: a file whose
-- plain-http-rest-url finding gets its quick fix applied). Exits 0 when every step passed;
-- otherwise prints FAIL: and exits 1.

local env = vim.loop.os_getenv
local work, mode, secret = env('WORK'), env('MODE'), env('SECRET')

local function fail(msg)
  io.stderr:write('FAIL: ' .. msg .. '\n')
  vim.cmd('cquit! 1')
end

local function diags(buf, source)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if source == nil or d.source == source then table.insert(out, d) end
  end
  return out
end

local function describe(buf)
  local t = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(t, string.format('%s:%s@%d:%d', tostring(d.source),
      tostring(d.code), d.lnum, d.col))
  end
  return '[' .. table.concat(t, ', ') .. ']'
end

local function find(buf, code)
  for _, d in ipairs(diags(buf, 'rtclint')) do
    if d.code == code then return d end
  end
end

local function wait_for(buf, what, pred)
  if not vim.wait(60000, pred, 20) then
    fail('timed out waiting for ' .. what .. ' in ' ..
      vim.api.nvim_buf_get_name(buf) .. '; diagnostics: ' .. describe(buf))
  end
end

-- Where the secret is, in bytes, as vim.diagnostic reports columns: the
-- server's UTF-16 positions must land exactly here.
local function secret_pos(buf)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find(secret, 1, true)
    if col then return i - 1, col - 1 end
  end
  fail('secret not in buffer')
end

local cmd = { env('RTCLINT'), 'lsp' }
if mode == 'clangd' then
  cmd = { env('RTCLINT'), 'clangd', '--clangd', env('CLANGD'), '--',
    '--log=error' }
end
local client = vim.lsp.start_client({ name = 'rtclint', cmd = cmd,
  root_dir = work })
if not client then fail('client did not start') end

local bufs = {}
for pair in env('FILES'):gmatch('[^,]+') do
  local file, rule = pair:match('([^=]+)=(.+)')
  vim.cmd('edit ' .. work .. '/' .. file)
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client)
  table.insert(bufs, { buf = buf, rule = rule, file = file })
end

for _, b in ipairs(bufs) do
  local buf, rule = b.buf, b.rule
  vim.api.nvim_set_current_buf(buf)
  wait_for(buf, rule, function() return find(buf, rule) ~= nil end)
  local line, col = secret_pos(buf)
  local d = find(buf, rule)
  if d.lnum ~= line then fail(rule .. ' on line ' .. d.lnum) end
  if d.col ~= col or d.end_col ~= col + #secret or d.end_lnum ~= line then
    fail(string.format('%s at %d:%d-%d, secret at %d:%d', rule, d.lnum, d.col,
      d.end_col, line, col))
  end
  if d.message:find(secret, 1, true) then fail('secret in the message') end

  if mode == 'clangd' then
    -- clangd's own diagnostics stay beside ours.
    wait_for(buf, 'a clangd diagnostic', function()
      return #diags(buf, 'clang') > 0
    end)
  end

  -- Edit the secret away (an incremental change): the finding clears.
  vim.api.nvim_buf_set_text(buf, line, col, line, col + #secret,
    { 'PLACEHOLDER' })
  wait_for(buf, rule .. ' to clear', function() return find(buf, rule) == nil end)
  if mode == 'clangd' and #diags(buf, 'clang') == 0 then
    fail('clangd diagnostics lost: ' .. describe(buf))
  end
  vim.cmd('silent undo')
  wait_for(buf, rule .. ' again', function() return find(buf, rule) ~= nil end)

  -- The suppression code action, applied as a user would.
  d = find(buf, rule)
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf) }
  local replies = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction',
    params, 30000) or {}
  local applied = false
  for _, r in pairs(replies) do
    for _, a in ipairs(r.result or {}) do
      if not applied and a.edit and a.title:find('Suppress ' .. rule, 1, true) then
        vim.lsp.util.apply_workspace_edit(a.edit, 'utf-16')
        applied = true
      end
    end
  end
  if not applied then fail('no suppression action for ' .. rule) end
  wait_for(buf, rule .. ' suppressed', function()
    return find(buf, rule) == nil
  end)
  vim.cmd('silent write')
end

-- The rule's own quick fix (preferred), applied as a user would: the
-- finding clears and the file is saved with https://.
local fix_file = env('FIX')
if fix_file and fix_file ~= '' then
  local rule = 'plain-http-rest-url'
  vim.cmd('edit ' .. work .. '/' .. fix_file)
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client)
  wait_for(buf, rule, function() return find(buf, rule) ~= nil end)
  local d = find(buf, rule)
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf) }
  local replies = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction',
    params, 30000) or {}
  local applied = false
  for _, r in pairs(replies) do
    for _, a in ipairs(r.result or {}) do
      if not applied and a.isPreferred and a.kind == 'quickfix' and a.edit then
        if a.title ~= 'Use https://' then fail('quick fix titled ' .. a.title) end
        vim.lsp.util.apply_workspace_edit(a.edit, 'utf-16')
        applied = true
      end
    end
  end
  if not applied then fail('no quick fix for ' .. rule) end
  wait_for(buf, rule .. ' fixed', function() return find(buf, rule) == nil end)
  vim.cmd('silent write')
end

vim.lsp.stop_client(client)
vim.wait(10000, function() return vim.lsp.get_client_by_id(client) == nil end, 20)
io.stdout:write('PASS\n')
vim.cmd('qall!')
