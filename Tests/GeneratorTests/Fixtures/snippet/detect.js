// detect.js: marks that the detect module is in the build.
var fakeHas_detect = true;
