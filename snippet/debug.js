// debug.js: console tracing for setting up a site, on with init({debug: true}) or
// ?dni_debug=1 in the page URL: source and rule, filters, requests, answers, timings.

dniTrace = args => {
  try { console.log('iovox:', ...args); } catch (e) {}
};
