// The page's own code, as a theme would write it: it listens to the widgets' events on
// document, and re-renders its product list from a template (as an AJAX filter does).
const added = document.querySelector('#added');
const count = document.querySelector('#added-count');
let heard = 0;
document.addEventListener('sd-added', (event) => {
  heard += 1;
  added.textContent = `${event.detail.productId}×${event.detail.quantity}`;
  count.textContent = String(heard);
});

document.querySelector('#reload-list').addEventListener('click', () => {
  const list = document.querySelector('#products');
  list.replaceChildren(document.querySelector('#products-template').content.cloneNode(true));
});
