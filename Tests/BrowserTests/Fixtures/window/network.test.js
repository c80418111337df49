function wait(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

test('XHR fires readystatechange 1-4 and load, with status and body', function () {
  return new Promise(function (resolve, reject) {
    var xhr = new XMLHttpRequest(), states = [];
    xhr.onreadystatechange = function () { states.push(xhr.readyState); };
    xhr.open('POST', 'https://api.test/echo');
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onload = function () {
      try {
        assertEqual(states.join(''), '1234');
        assertEqual(xhr.status, 200);
        var echo = JSON.parse(xhr.responseText);
        assertEqual(echo.method, 'POST');
        assertEqual(echo.body, '{"a":1}');
        assertEqual(echo.contentType, 'application/json');
        assertEqual(xhr.getResponseHeader('Content-Type'), 'application/json');
        resolve();
      } catch (e) { reject(e); }
    };
    xhr.send('{"a":1}');
  });
});

test('XHR timeout fires timeout and loadend, never load', function () {
  return new Promise(function (resolve, reject) {
    var xhr = new XMLHttpRequest(), events = [];
    xhr.open('GET', 'https://api.test/hang');
    xhr.timeout = 250;
    ['load', 'error', 'timeout', 'loadend'].forEach(function (t) { xhr.addEventListener(t, function () { events.push(t); }); });
    var t0 = Date.now();
    xhr.onloadend = function () {
      try {
        assertEqual(events.join(','), 'timeout');
        assertEqual(Date.now() - t0, 250);
        assertEqual(xhr.status, 0);
        assertEqual(xhr.readyState, 4);
        resolve();
      } catch (e) { reject(e); }
    };
    xhr.send();
  });
});

test('XHR sees HTTP errors as load with a status, and network errors as error', function () {
  var a = new Promise(function (resolve) {
    var x = new XMLHttpRequest(); x.open('GET', 'https://api.test/status/500');
    x.onload = function () { resolve(x.status); }; x.send();
  });
  var b = new Promise(function (resolve) {
    var x = new XMLHttpRequest(); x.open('GET', 'https://api.test/down');
    x.onerror = function () { resolve('error:' + x.status); }; x.send();
  });
  return Promise.all([a, b]).then(function (r) { assertEqual(r.join(','), '500,error:0'); });
});

test('XHR abort fires abort and drops the answer', function () {
  var x = new XMLHttpRequest(), events = [];
  x.open('GET', 'https://api.test/echo');
  x.onabort = function () { events.push('abort'); };
  x.onload = function () { events.push('load'); };
  x.send();
  x.abort();
  return wait(100).then(function () { assertEqual(events.join(','), 'abort'); assertEqual(x.readyState, 0); });
});

test('relative URLs resolve against the page', function () {
  return fetch('/echo-page').then(function (r) { return r.json(); })
    .then(function (j) { assertEqual(j.url, 'https://test.example/echo-page'); });
});

test('fetch resolves with Response and rejects on network errors', function () {
  return fetch('https://api.test/echo', { method: 'POST', body: 'x', headers: { 'X-A': '1' } })
    .then(function (r) {
      assertEqual(r.ok, true); assertEqual(r.status, 200);
      assertEqual(r.headers.get('content-type'), 'application/json');
      return r.json();
    })
    .then(function (j) { assertEqual(j.body, 'x'); assertEqual(j.xa, '1'); })
    .then(function () { return fetch('https://api.test/down'); })
    .then(function () { throw new Error('should reject'); }, function (e) { assertEqual(e.name, 'TypeError'); });
});

test('answers arrive after the latency on the virtual clock', function () {
  var t0 = Date.now();
  return fetch('https://api.test/slow').then(function () { assertEqual(Date.now() - t0, 520); });
});

test('sendBeacon queues a POST and returns true', function () {
  assertEqual(navigator.sendBeacon('https://api.test/echo', 'ping'), true);
});
