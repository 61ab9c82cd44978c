import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import bootstrap from 'bootstrap/dist/css/bootstrap.min.css?inline';
import '../src/components/mini-cart/sd-mini-cart.js';
import '../src/components/quick-add/sd-quick-add.js';
import { mockShop } from './mock.js';

/** The widgets' defaults inside a Bootstrap 5 theme: its reboot, navbar and cards. */
const meta: Meta = {
  title: 'Themes/Bootstrap 5 page',
  parameters: { ...mockShop('filled-cart'), layout: 'fullscreen' },
  render: () => html`
    <style>
      ${unsafeCSS(bootstrap)}
    </style>
    <nav class="navbar navbar-expand bg-body-tertiary border-bottom">
      <div class="container">
        <a class="navbar-brand fw-bold" href="#">Smart Dairy</a>
        <ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link" href="#">Shop</a></li></ul>
        <sd-mini-cart show-on-add></sd-mini-cart>
      </div>
    </nav>
    <main class="container py-4">
      <div class="row row-cols-2 row-cols-md-4 g-3">
        ${[
          [1, 'Fresh Milk 1 L', 95],
          [6, 'Mishti Doi 500 g', 120],
          [9, 'Cow Ghee 200 g', 390],
          [5, 'Low-Fat Milk 1 L', 105],
        ].map(
          ([id, name, price]) => html`<div class="col">
            <div class="card h-100">
              <img class="card-img-top" src="/web/image/product.product/${id}/image_128" alt="" />
              <div class="card-body d-flex flex-column gap-2">
                <h2 class="card-title h5 mb-0">${name}</h2>
                <p class="card-text fw-bold mb-0">৳${price}</p>
                <sd-quick-add class="mt-auto" product-id=${id} product-name=${name} price=${price}></sd-quick-add>
              </div>
            </div>
          </div>`,
        )}
      </div>
    </main>
  `,
};
export default meta;

export const Listing: StoryObj = {};
export const DrawerOpen: StoryObj = {
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('sd-mini-cart')?.show();
  },
};
