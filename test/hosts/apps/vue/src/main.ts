// The elements are defined before Vue mounts. The shop's API comes from <sd-shop
// :api-base> in App.vue (the test passes the mock's as ?api=…), not from configure().
import '@smart-dairy/widgets/shop';
import '@smart-dairy/widgets/mini-cart';
import '@smart-dairy/widgets/quick-add';
import '@smart-dairy/widgets/stock-badge';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
