// allocate.js: marks that the allocate module is in the build.
var fakeHas_allocate = true;
