// replace.js: marks that the replace module is in the build.
var fakeHas_replace = true;
