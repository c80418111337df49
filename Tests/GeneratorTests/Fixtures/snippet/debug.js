// debug.js: marks that the debug module is in the build.
var fakeHas_debug = true;
