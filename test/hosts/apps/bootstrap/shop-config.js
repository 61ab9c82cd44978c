// Runs (deferred) before the widgets' script: points <sd-shop> at the shop's API. The
// test passes the mock shop's as ?api=…; a real theme would write it in the template.
document.querySelector('sd-shop').setAttribute('api-base', new URLSearchParams(location.search).get('api') || '/api/v1');
