// setTimeout, setInterval and requestAnimationFrame on the browser's virtual clock.
(function () {
  'use strict';
  const rt = __rt;
  const g = globalThis;
  const timers = new Map();
  let nextId = 1;

  function schedule(timer) {
    __host.setTimer(timer.id, timer.delay, timer.label);
  }

  function add(fn, delay, args, repeat, label) {
    if (typeof fn !== 'function') {
      // A string body is legal but unusual: compile it like a browser does.
      const code = String(fn);
      fn = function () { (0, eval)(code); };
    }
    delay = Number(delay);
    if (!(delay >= 0)) delay = 0;
    // Browsers clamp nested intervals to >= 1 ms here; keep 0-delay intervals from spinning forever.
    if (repeat && delay < 1) delay = 1;
    const timer = { id: nextId++, fn: fn, delay: delay, args: args, repeat: repeat, label: label + ' ' + delay + 'ms' };
    timers.set(timer.id, timer);
    schedule(timer);
    return timer.id;
  }

  rt.fireTimer = function (id) {
    const timer = timers.get(id);
    if (!timer) return;
    if (timer.repeat) schedule(timer); else timers.delete(id);
    rt.callSafely(timer.fn, g, timer.args);
  };

  function clear(id) {
    if (timers.delete(Number(id))) __host.clearTimer(Number(id));
  }

  g.setTimeout = function (fn, delay) { return add(fn, delay, [].slice.call(arguments, 2), false, 'setTimeout'); };
  g.setInterval = function (fn, delay) { return add(fn, delay, [].slice.call(arguments, 2), true, 'setInterval'); };
  g.clearTimeout = clear;
  g.clearInterval = clear;
  g.requestAnimationFrame = function (fn) {
    return add(function () { fn(__host.perfNow()); }, 16, [], false, 'requestAnimationFrame');
  };
  g.cancelAnimationFrame = clear;
  g.requestIdleCallback = function (fn) {
    return add(function () { fn({ didTimeout: false, timeRemaining: function () { return 50; } }); }, 1, [], false, 'requestIdleCallback');
  };
  g.cancelIdleCallback = clear;
})();
