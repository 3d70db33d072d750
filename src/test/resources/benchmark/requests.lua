-- wrk script for the benchmark's writes (ClosureDayBenchmarkIT writes it to a temporary file).
-- Arguments after "--": a file with one request per line, "METHOD<TAB>PATH<TAB>COOKIE<TAB>BODY" (the body may be
-- empty; a non-empty body is sent as application/json), the number of wrk threads, and "once" or "repeat".
-- Thread t takes lines t+1, t+1+threads, ...
--   repeat: each thread sends its lines in turn, again and again, for the run's duration (autosaves);
--   once:   each line is sent exactly once (a submission, a registration). A connection that finds no line left
--           waits (delay) instead of sending anything, so every response counted is one of the lines'; when all of
--           a thread's lines are answered it prints "resilib-thread-done" and stops, and the harness ends wrk
--           (SIGINT) once every thread has, so wrk's time is the time the lines took.
-- In both modes a response carrying a waitlist place ("position":N) prints "resilib-position N".

local threads = 0

function setup(thread)
   thread:set("id", threads)
   threads = threads + 1
end

function init(args)
   local lines = {}
   for line in io.lines(args[1]) do
      if line ~= "" then
         lines[#lines + 1] = line
      end
   end
   local step = tonumber(args[2])
   once = args[3] == "once"
   requests = {}
   for i = id + 1, #lines, step do
      local method, path, cookie, body = lines[i]:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t?(.*)$")
      local headers = { ["Cookie"] = cookie }
      if body == "" then
         body = nil
      else
         headers["Content-Type"] = "application/json"
      end
      requests[#requests + 1] = wrk.format(method, path, headers, body)
   end
   sent = 0
   claimed = 0
   answered = 0
   if once and #requests == 0 then
      io.write("resilib-thread-done\n")
      io.flush()
   end
end

-- wrk asks delay() before each request() of a connection, and several connections may be waiting for their
-- request() at once, so the lines are claimed here: a connection that claims none waits for the end of the run.
function delay()
   if once then
      if claimed >= #requests then
         return 3600000
      end
      claimed = claimed + 1
   end
   return 0
end

function request()
   if once and sent >= claimed then
      -- wrk calls request() once before the run on the first thread, to check what it returns: not a send
      return requests[1]
   end
   sent = sent + 1
   if once then
      return requests[sent]
   end
   return requests[(sent - 1) % #requests + 1]
end

function response(status, headers, body)
   local place = body and body:match('"position":(%d+)')
   if place then
      io.write("resilib-position " .. place .. "\n")
   end
   answered = answered + 1
   if once and answered == #requests then
      io.write("resilib-thread-done\n")
      io.flush()
      wrk.thread:stop()
   end
end
