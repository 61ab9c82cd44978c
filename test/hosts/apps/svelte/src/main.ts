// The elements are defined before Svelte mounts, as an app that imports them would.
import { configure } from '@smart-dairy/widgets';
import '@smart-dairy/widgets/mini-cart';
import '@smart-dairy/widgets/quick-add';
import '@smart-dairy/widgets/stock-badge';
import { mount } from 'svelte';
import App from './App.svelte';

// The test passes the mock shop's API (another origin) as ?api=…
const api = new URLSearchParams(location.search).get('api');
if (api) configure({ apiBase: api });

mount(App, { target: document.getElementById('app')! });
