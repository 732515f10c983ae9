-- wrk script: GET each address of a request file in turn ("STATUS PATH" per line: the status the
-- address must answer) and count answers by status. wrk does not say which request an answer is
-- for, so the check is by share: each status must come back as often as the file expects it
-- (within 2 % of all answers), and any status the file never expects is an unexpected error.
-- Prints one RESULT line. The request file's path is in the environment variable LOAD_REQUESTS.

local request_file = os.getenv("LOAD_REQUESTS")

local paths = {}
local next_request = 0
counts = {}
local expected = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(_)
  for line in io.lines(request_file) do
    local status, path = line:match("^(%d+) (.+)$")
    if status then
      paths[#paths + 1] = path
    end
  end
end

function request()
  next_request = next_request % #paths + 1
  return wrk.format("GET", paths[next_request])
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, _)
  local total, shares = 0, {}
  for line in io.lines(request_file) do
    local status = tonumber(line:match("^(%d+) "))
    if status then
      expected[status] = (expected[status] or 0) + 1
      total = total + 1
    end
  end
  local answered, by_status = 0, {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("counts")) do
      by_status[status] = (by_status[status] or 0) + count
      answered = answered + count
    end
  end
  local unexpected, parts = 0, {}
  for status, count in pairs(by_status) do
    parts[#parts + 1] = status .. ":" .. count
    if not expected[status] then
      unexpected = unexpected + count
    elseif math.abs(count / answered - expected[status] / total) > 0.02 then
      unexpected = unexpected + math.abs(count - math.floor(answered * expected[status] / total))
    end
  end
  table.sort(parts)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %.1f %.1f %.1f %.1f %.0f %s\n",
    summary.requests, unexpected, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, summary.requests / (summary.duration / 1e6), table.concat(parts, ",")))
end
