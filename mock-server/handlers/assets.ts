/** Product and bundle images, at the paths the API gives (Odoo's /web/image routes). */
import { HttpResponse, http } from 'msw';
import type { MockDb } from '../db/index.js';
import { bundleImage, productImage } from '../images.js';

const svg = (body: string) =>
  new HttpResponse(body, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=3600' } });

export function assetHandlers(db: MockDb) {
  return [
    http.get('*/web/image/product.product/:id/:field', ({ params }) => {
      const product = db.product(Number(params.id));
      return product ? svg(productImage(product)) : new HttpResponse(null, { status: 404 });
    }),
    http.get('*/web/image/product.bundle/:id/image', ({ params }) => {
      const bundle = db.bundle(Number(params.id));
      const categoryOf = (id: number) => db.product(id)?.category ?? 'milk';
      return bundle ? svg(bundleImage(bundle, categoryOf)) : new HttpResponse(null, { status: 404 });
    }),
  ];
}
