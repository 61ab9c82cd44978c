import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // <sd-*> are custom elements, not Vue components: Vue renders them as elements and
      // sets a property when the element has one of that name (an attribute otherwise).
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sd-') } },
    }),
  ],
  build: { sourcemap: true },
});
