// consent.js: marks that the consent module is in the build.
var fakeHas_consent = true;
