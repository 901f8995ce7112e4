-- Cycles through the paths listed in the file named by URLS_FILE, starting at a random one per thread.
local paths = {}
for line in io.lines(os.getenv("URLS_FILE")) do
  paths[#paths + 1] = line
end
local i = 0
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  i = math.random(#paths)
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
