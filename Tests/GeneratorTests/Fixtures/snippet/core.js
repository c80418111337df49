// core.js: a fake module for generator tests; it records what the on-load code calls.

/**
 * Every public call, as [method, arguments...].
 * The literals below look like comments to a careless stripper.
 */
var fakeCalls = [];
var fakeUrlish = 'http://example.com/a//b'; // trailing comment
var fakeDouble = "/* not a comment */";
var fakeRegex = /\/\/[^/]*\/*/g;
var fakeRatio = 10 / 2 / 5; // division, not a regex
var fakeTemplate = `line one
    // indented, not a comment
  ${fakeRatio /* inner */ + 1} end`;
function fakeRecord(name) {
  return function () {
    fakeCalls.push([name].concat(Array.prototype.slice.call(arguments)));
  };
}
