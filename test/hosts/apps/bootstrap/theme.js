// Theme code written for the seed's OWL mini cart: it knows nothing of the widgets,
// only the seed's events on document.
//   cart:updated {itemCount, subtotal}           after every cart change
//   cart:add     {productId, quantity, itemCount, subtotal, …}   after an add
// And it tells the widgets when it changed the cart itself, with the same event.
(function () {
  'use strict';

  // The header's cart badge (Odoo's .my_cart_quantity), kept in step with the cart.
  document.addEventListener('cart:updated', function (event) {
    document.querySelectorAll('.my_cart_quantity').forEach(function (badge) {
      badge.textContent = String(event.detail.itemCount);
      badge.classList.toggle('d-none', event.detail.itemCount === 0);
    });
  });

  // A Bootstrap toast after an add.
  document.addEventListener('cart:add', function (event) {
    var toast = document.getElementById('o_cart_toast');
    toast.querySelector('.toast-body').textContent =
      'Added ' + event.detail.quantity + ' × product ' + event.detail.productId + '. Your cart has ' + event.detail.itemCount + ' items.';
    window.bootstrap.Toast.getOrCreateInstance(toast).show();
  });

  // The theme's own "Add to cart" (Odoo's form on the product page), through the shop's
  // JSON-RPC API; then cart:updated tells the widgets, which fetch the cart again.
  document.getElementById('o_theme_add').addEventListener('click', function () {
    var api = document.querySelector('sd-shop').getAttribute('api-base');
    fetch(api + '/cart/add', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params: { product_id: 6, quantity: 1 }, id: 1 }),
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (answer) {
        var cart = answer.result.data;
        document.dispatchEvent(new CustomEvent('cart:updated', { detail: { itemCount: cart.item_count, subtotal: cart.subtotal } }));
      });
  });
})();
