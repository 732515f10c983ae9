-- wrk script: GET <prefix><query> cycling through a file of queries (one per line, as typed),
-- counting responses outside 2xx, and printing one RESULT line with the figures the benchmark reports.
-- Arguments after "--": <query file> <path prefix, e.g. /api/search?q=> [unique]
-- With "unique", each request also carries "&_=<run>-<n>", the run's start time and n counting up: every address
-- is new, in this run and against any earlier one, so neither the server's output cache nor any other can answer
-- it, nor has it been asked for before (the parameter is part of the cache key and ignored by the search).

local queries = {}
local prefix = ""
local next_query = 0
local unique = false
local run = ""
local sent = 0
non2xx = 0

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  prefix = args[2]
  unique = args[3] == "unique"
  run = string.format("%d%04d", os.time(), math.random(0, 9999))
  for line in io.lines(args[1]) do
    if line ~= "" then
      queries[#queries + 1] = line
    end
  end
end

local function url_encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  next_query = next_query % #queries + 1
  sent = sent + 1
  return wrk.format("GET", prefix .. url_encode(queries[next_query]) .. (unique and ("&_=" .. run .. "-" .. sent) or ""))
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local rejected = 0
  for _, thread in ipairs(threads) do
    rejected = rejected + (thread:get("non2xx") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT %.1f %.1f %.1f %.1f %d %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.requests > 0 and math.floor(summary.bytes / summary.requests) or 0,
    rejected, e.connect + e.read + e.write + e.timeout, summary.requests))
end
