// observe.js: marks that the observe module is in the build.
var fakeHas_observe = true;
