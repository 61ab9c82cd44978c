/**
 * What the backend says, in shopper words. The Smart Dairy module answers in
 * English ("Insufficient stock", "Maximum 2 bundles per order"), in business
 * refusals (`{error: …}`) and in the messages of the exceptions it raises. This
 * table maps each message the seed's Python can send (and the few the widgets
 * make themselves) to a message key; a message not in it is shown as the backend
 * wrote it on English pages, and as a plain apology on others.
 *
 * | backend message (seed)              | shopper sees (en)                                    |
 * |-------------------------------------|------------------------------------------------------|
 * | Insufficient stock (+ available)    | Only N left / Sorry, this is out of stock.           |
 * | Product not found                   | This product is no longer available.                 |
 * | product_id is required              | Something went wrong. Please try again.              |
 * | Product is currently in stock       | This product is in stock now — add it to your cart.  |
 * | Email is required                   | Please enter your email address.                     |
 * | Bundle is not available             | This bundle is not available right now.              |
 * | Maximum N bundles per order         | You can order at most N of this bundle.              |
 * | Quantity must be greater than 0     | Please enter a whole number.                         |
 */
import type { ShopError } from '../client/errors.js';
import type { Messages } from './locales/en.js';

type Words = (msg: Messages, number: (value: number) => string, match: RegExpExecArray, error: ShopError) => string;

export const BACKEND_MESSAGES: readonly [RegExp, Words][] = [
  [
    /^insufficient stock/i,
    (msg, number, _match, error) =>
      typeof error.available === 'number' && error.available > 0 ? msg.onlyLeft(number(error.available)) : msg.errorOutOfStock,
  ],
  [/^(product|bundle) not found/i, (msg) => msg.errorNotFound],
  [/^product_id is required/i, (msg) => msg.errorUnknown],
  [/^product is currently in stock/i, (msg) => msg.errorInStockNow],
  [/^email is required/i, (msg) => msg.errorEmailRequired],
  [/^bundle is not available/i, (msg) => msg.errorBundleUnavailable],
  [/^maximum (\d+) bundles per order/i, (msg, number, match) => msg.errorBundleMax(number(Number(match[1])))],
  [/^quantity must be greater than 0/i, (msg) => msg.errorInvalidQuantity],
  // Made by the widgets themselves (the store refuses before asking the shop).
  [/^invalid quantity/i, (msg) => msg.errorInvalidQuantity],
  [/^quantity above (\d+)/i, (msg, number, match) => msg.errorMaxQuantity(number(Number(match[1])))],
];

/** The shopper's words for a backend message, or undefined when the table does not know it. */
export function backendWords(error: ShopError, msg: Messages, number: (value: number) => string): string | undefined {
  const text = error.message.trim();
  for (const [pattern, words] of BACKEND_MESSAGES) {
    const match = pattern.exec(text);
    if (match) return words(msg, number, match, error);
  }
  return undefined;
}
