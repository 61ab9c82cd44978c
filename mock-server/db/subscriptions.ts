/** stock.subscriber: `subscribe` and `notify_subscribers` (run on a restock). */
import { stockStatus } from './stock.js';
import { OdooError, type DbState, type ErrorResult } from './state.js';

export interface SubscribeOptions {
  phone?: unknown;
  notify_email?: unknown;
  notify_sms?: unknown;
}

export function subscribe(state: DbState, productId: number, email: string, options: SubscribeOptions): { message: string } | ErrorResult {
  const product = state.products.get(productId);
  if (!product) return { error: 'Product not found' };
  if (stockStatus(product) !== 'out_of_stock') return { error: 'Product is currently in stock' };
  const { subscribers } = state;
  if (subscribers.some((s) => s.product_id === productId && s.email === email && !s.notified)) return { message: 'Already subscribed' };
  // UNIQUE(product_id, email) holds for notified rows too: Postgres refuses.
  if (subscribers.some((s) => s.product_id === productId && s.email === email)) {
    throw new OdooError('You are already subscribed for this product', 'psycopg2.errors.UniqueViolation');
  }
  subscribers.push({
    product_id: productId,
    email,
    phone: typeof options.phone === 'string' && options.phone ? options.phone : null,
    notify_email: options.notify_email === undefined ? true : Boolean(options.notify_email),
    notify_sms: Boolean(options.notify_sms),
    notified: false,
    notified_date: null,
  });
  return { message: 'You will be notified when this product is back in stock' };
}

/** Logs an e-mail and/or SMS per waiting subscriber and marks them notified. */
export function notifySubscribers(state: DbState, productId: number): number {
  const product = state.products.get(productId)!;
  const due = state.subscribers.filter((s) => s.product_id === productId && !s.notified);
  const at = new Date().toISOString();
  for (const subscriber of due) {
    if (subscriber.notify_email) state.notifications.push({ channel: 'email', address: subscriber.email, productId, productName: product.name, at });
    if (subscriber.notify_sms && subscriber.phone) state.notifications.push({ channel: 'sms', address: subscriber.phone, productId, productName: product.name, at });
    subscriber.notified = true;
    subscriber.notified_date = at;
  }
  return due.length;
}
