// The elements are defined before React renders, as an app that imports them would.
import { configure } from '@smart-dairy/widgets';
import '@smart-dairy/widgets/mini-cart';
import '@smart-dairy/widgets/quick-add';
import '@smart-dairy/widgets/stock-badge';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// The test passes the mock shop's API (another origin) as ?api=…
const api = new URLSearchParams(location.search).get('api');
if (api) configure({ apiBase: api });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
