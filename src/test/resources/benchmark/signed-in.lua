-- wrk script for the signed-in routes (ClosureDayBenchmarkIT writes it to a temporary file).
-- Arguments after "--": a file with one Cookie header per line (a learner's sign-in and CSRF cookies, as their
-- browser sends them), and the number of wrk threads.
-- Thread t takes cookies t+1, t+1+threads, ... and sends them in turn, so with as many cookies as connections
-- every request is a signed-in learner's and the connections' load is spread over that many different learners.
-- (wrk does not tell a script which connection a request goes on, so a connection's cookie is not fixed.)

local threads = 0

function setup(thread)
   thread:set("id", threads)
   threads = threads + 1
end

function init(args)
   local cookies = {}
   for line in io.lines(args[1]) do
      if line ~= "" then
         cookies[#cookies + 1] = line
      end
   end
   local step = tonumber(args[2])
   requests = {}
   for i = id + 1, #cookies, step do
      requests[#requests + 1] = wrk.format(nil, nil, { ["Cookie"] = cookies[i] })
   end
   if #requests == 0 then -- fewer cookies than threads: this thread shares the first one
      requests[1] = wrk.format(nil, nil, { ["Cookie"] = cookies[1] })
   end
   n = 0
end

function request()
   n = n % #requests + 1
   return requests[n]
end
