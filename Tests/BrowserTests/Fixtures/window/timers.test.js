// @html: <!DOCTYPE html><html><body><p id="p">x</p></body></html>
function wait(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

test('timers fire in due order, then in scheduling order', function () {
  var order = [];
  setTimeout(function () { order.push('b20'); }, 20);
  setTimeout(function () { order.push('a10'); }, 10);
  setTimeout(function () { order.push('c20'); }, 20);
  setTimeout(function () { order.push('zero'); });
  return wait(30).then(function () { assertEqual(order.join(','), 'zero,a10,b20,c20'); });
});

test('virtual time moves exactly by the delays', function () {
  var start = Date.now(), p0 = performance.now();
  return wait(1500).then(function () {
    assertEqual(Date.now() - start, 1500);
    assertEqual(performance.now() - p0, 1500);
    assertEqual(new Date().getTime(), Date.now());
  });
});

test('clearTimeout cancels and intervals repeat until cleared', function () {
  var ran = false, ticks = 0;
  var t = setTimeout(function () { ran = true; }, 5);
  clearTimeout(t);
  var i = setInterval(function () { if (++ticks === 3) clearInterval(i); }, 100);
  return wait(1000).then(function () { assertEqual(ran, false); assertEqual(ticks, 3); });
});

test('timer arguments are passed and errors in callbacks do not stop other timers', function () {
  var got = null, after = false;
  setTimeout(function (a, b) { got = a + b; }, 1, 2, 3);
  setTimeout(function () { throw new Error('boom in timer'); }, 2);
  setTimeout(function () { after = true; }, 3);
  return wait(10).then(function () { assertEqual(got, 5); assertEqual(after, true); });
});

test('promise jobs run before the next timer', function () {
  var order = [];
  setTimeout(function () { order.push('timer'); }, 0);
  Promise.resolve().then(function () { order.push('micro'); });
  queueMicrotask(function () { order.push('queued'); });
  return wait(1).then(function () { assertEqual(order.join(','), 'micro,queued,timer'); });
});

test('requestAnimationFrame runs on the virtual clock', function () {
  return new Promise(function (resolve) { requestAnimationFrame(function (t) { resolve(t); }); })
    .then(function (t) { assert(typeof t === 'number' && t >= 16, 'rAF time ' + t); });
});

test('Date without new gives a string and Date.parse still works', function () {
  assertEqual(typeof Date(), 'string');
  assertEqual(Date.parse('2020-01-01T00:00:00Z'), 1577836800000);
  assert(new Date() instanceof Date);
  assertEqual(new Date(0).toISOString(), '1970-01-01T00:00:00.000Z');
});
