// Configuration before the widgets' script runs (a file of the site, not an inline
// script, so it also works under a strict Content-Security-Policy). The test passes
// the mock shop's API as ?api=…
window.SmartDairyWidgets = { config: { apiBase: new URLSearchParams(location.search).get('api') || '/api/v1' } };
