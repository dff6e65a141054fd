/**
 * The few steps that must be atomic in the broker, as Lua scripts (Redis runs a script as one
 * command: nothing else happens in between). Each says why it cannot be two round trips.
 */

/**
 * A worker's heartbeat: alive until the broker's own clock passes now + ttl. The broker's clock,
 * not the worker's, because workers on other machines have clocks of their own.
 * KEYS: alive. ARGV: worker, ttlMs. Returns the broker's time in ms.
 */
export const HEARTBEAT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
return now`;

/**
 * The workers whose heartbeat ran out, removed as they are returned, so that exactly one observer
 * reports each loss. KEYS: alive, info. Returns the names.
 */
export const TAKE_LOST = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lost = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)
for _, name in ipairs(lost) do
  redis.call('ZREM', KEYS[1], name)
  redis.call('HDEL', KEYS[2], name)
end
return lost`;

/**
 * Start a task only if its run is still alive, and say so in the events stream in the same step:
 * one round trip per task instead of two (the run check, then the event), which the benchmark
 * sees, and no start reported for a run that ended in between.
 * KEYS: run key, events. ARGV: max events, then field, value, ... Returns 1, or 0 if the run is over.
 */
export const START = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[1], '*', unpack(ARGV, 2))
return 1`;

/**
 * Renew a lease: reset the idle time of a pending entry, but only while this consumer still holds
 * it. A plain XCLAIM with min-idle 0 would also steal the entry back from a worker that took it
 * over after our lease ran out; checking first in a separate command would leave a gap for that.
 * JUSTID leaves the delivery counter alone: a renewal is not a delivery.
 * KEYS: tasks. ARGV: group, consumer, id. Returns 1 if renewed, 0 if no longer ours.
 */
export const RENEW = `
local p = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[3], ARGV[3], 1, ARGV[2])
if #p == 0 then return 0 end
redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[3], 'JUSTID')
return 1`;

/**
 * A worker that stops on purpose hands its tasks back at once instead of making them wait out the
 * lease: each entry it holds is added again at the end of the stream (same fields) and the old one
 * acknowledged and deleted, in one step, so a task is never both gone and unfinished.
 * KEYS: tasks. ARGV: group, consumer. Returns how many tasks went back.
 */
export const REQUEUE = `
local p = redis.call('XPENDING', KEYS[1], ARGV[1], '-', '+', 1000, ARGV[2])
local n = 0
for _, e in ipairs(p) do
  local id = e[1]
  local entry = redis.call('XRANGE', KEYS[1], id, id)
  if #entry == 1 then
    redis.call('XADD', KEYS[1], '*', unpack(entry[1][2]))
    n = n + 1
  end
  redis.call('XACK', KEYS[1], ARGV[1], id)
  redis.call('XDEL', KEYS[1], id)
end
return n`;

/**
 * Remove the tasks of runs that are over (their run key expired or was deleted: the producer
 * finished, was stopped or died), and their completion counts. Finished tasks are already deleted
 * by the workers, so the stream holds only unfinished ones and this scan stays short.
 * KEYS: tasks, done. ARGV: group, prefix of run keys. Returns how many tasks were removed.
 */
export const PURGE_ENDED = `
local n = 0
for _, e in ipairs(redis.call('XRANGE', KEYS[1], '-', '+')) do
  local f, run = e[2], nil
  for i = 1, #f, 2 do if f[i] == 'run' then run = f[i + 1] end end
  if run == nil or redis.call('EXISTS', ARGV[2] .. run) == 0 then
    redis.call('XACK', KEYS[1], ARGV[1], e[1])
    redis.call('XDEL', KEYS[1], e[1])
    n = n + 1
  end
end
for _, run in ipairs(redis.call('HKEYS', KEYS[2])) do
  if redis.call('EXISTS', ARGV[2] .. run) == 0 then redis.call('HDEL', KEYS[2], run) end
end
return n`;

/**
 * Forget consumers that hold nothing and have no heartbeat (workers that left or were lost and
 * whose tasks were all retaken), so the group lists only workers that can still do something.
 * Deleting a consumer that still held entries would lose them: hence the pending check.
 * KEYS: tasks, alive. ARGV: group. Returns how many were removed.
 */
export const FORGET_IDLE = `
local n = 0
local list = redis.pcall('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])
if list.err then return 0 end
for _, c in ipairs(list) do
  local name, pending
  for i = 1, #c, 2 do
    if c[i] == 'name' then name = c[i + 1] elseif c[i] == 'pending' then pending = c[i + 1] end
  end
  if pending == 0 and not redis.call('ZSCORE', KEYS[2], name) then
    redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], name)
    n = n + 1
  end
end
return n`;
