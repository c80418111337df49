// heartbeat.js: marks that the heartbeat module is in the build.
var fakeHas_heartbeat = true;
