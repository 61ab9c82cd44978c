/**
 * The per-product lane engine of the cart store.
 * Each product has one lane: one request at a time, always sending the latest
 * wish as an absolute quantity (`/cart/add` only for a line the server has not
 * got). Ten quick clicks make one or two requests, and two operations on one
 * product can never overtake each other.
 *
 * The contract has no idempotency key, so after a request whose outcome is
 * unknown (timeout, dropped connection) the lane learns the truth from the cart
 * (at once, and again a little later) before it sends anything else for that
 * product, and never repeats an add. When the server's cart holds a quantity
 * that this browser's changes do not explain (a late commit, the browser's own
 * silent retry of a POST, another device), the server's quantity is shown and
 * said ("Your cart now has 2"): items are never silently taken away.
 */
import type { ShopClient } from '../client/client.js';
import { ShopError } from '../client/errors.js';
import { log } from '../internal/log.js';
import type { Cart } from '../client/types.js';
import { findLine, lineQuantity, type Intent, type ProductHint } from './cart-math.js';
import type { CartAddEvent, CartNotice, CartOutcome } from './cart-types.js';

/** After an unknown outcome, the cart is asked again after these many ms. */
export const RECHECK_DELAYS = [0, 1_500, 4_000];

/** What the lanes need from the store around them. */
export interface LaneContext {
  client: () => ShopClient;
  confirmed: () => Cart | null;
  viewQuantity: (productId: number) => number;
  intent: (productId: number) => Intent | undefined;
  setIntent: (productId: number, quantity: number, hint?: ProductHint) => void;
  dropIntent: (productId: number, ifVersion?: number) => void;
  /** Applies a server's cart; `seq` orders it among our requests, `own` names its products. */
  accept: (cart: Cart, seq: number, own: number[]) => void;
  nextSeq: () => number;
  /** Products with a request on the wire: their lines in other answers are not trusted. */
  onWire: Set<number>;
  /** Fetches the cart (an answer sent after this call when `fresh`). */
  load: (options: { fresh: true }) => Promise<CartOutcome>;
  /** The cart must be known before an absolute quantity can be computed. */
  base: () => Promise<CartOutcome | undefined>;
  clearing: () => Promise<unknown> | undefined;
  notice: (notice: CartNotice) => void;
  added: (event: CartAddEvent) => void;
  maxQuantity: () => number;
  sleep?: (ms: number) => Promise<void>;
}

type Waiter = (outcome: CartOutcome) => void;

interface Lane {
  waiters: Waiter[];
  /** How many were asked to be added (for `cart:add` and "× 3 added"); 0 for a set quantity. */
  added: number;
  /** The confirmed quantity when the lane started. */
  from: number;
  running: boolean;
}

interface Clamp {
  quantity: number;
  error: ShopError;
}

export const invalid = (message: string) => new ShopError('business', message, { endpoint: 'store', code: 400 });
const isQuantity = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isProductId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

export function createLanes(ctx: LaneContext) {
  const lanes = new Map<number, Lane>();
  /**
   * Products whose last change had an unknown outcome that rechecks could not
   * settle, with the quantity the server had before it. A later cart that holds
   * something else is said, not shown silently.
   */
  const suspects = new Map<number, number>();
  const sleep = ctx.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  function laneFor(productId: number): Lane {
    let lane = lanes.get(productId);
    if (!lane) lanes.set(productId, (lane = { waiters: [], added: 0, from: lineQuantity(ctx.confirmed(), productId), running: false }));
    return lane;
  }

  function settle(productId: number, outcome: CartOutcome): void {
    const lane = lanes.get(productId);
    if (!lane) return;
    lanes.delete(productId);
    for (const waiter of lane.waiters) waiter(outcome);
  }

  function fail(productId: number, error: ShopError): void {
    ctx.dropIntent(productId);
    log.warn(`Cart change for product ${productId} failed (${error.kind}): ${error.message}`);
    ctx.notice({ type: 'failed', productId, error, at: Date.now() });
    settle(productId, { ok: false, error, cart: ctx.confirmed() });
  }

  /** The server holds `quantity` where this browser expected something else: show it and say it. */
  function unexplained(productId: number, lane: Lane, quantity: number, expected: number): void {
    ctx.dropIntent(productId);
    suspects.delete(productId);
    log.warn(`Product ${productId}: the shop's cart holds ${quantity} where this browser's changes explain ${expected} (a late or repeated request, or a change from elsewhere); showing the shop's ${quantity}.`);
    const cart = ctx.confirmed()!;
    if (lane.added > 0 && quantity > lane.from) ctx.added({ cart, productId, quantity: lane.added });
    ctx.notice({ type: 'unexpected', productId, quantity, at: Date.now() });
    settle(productId, { ok: true, cart, quantity, unexpected: true });
  }

  function finish(productId: number, lane: Lane, clamped: Clamp | undefined, message?: string): void {
    const cart = ctx.confirmed()!;
    const quantity = lineQuantity(cart, productId);
    const grew = quantity > lane.from;
    suspects.delete(productId);
    if (lane.added > 0 && grew) ctx.added({ cart, productId, quantity: lane.added });
    // Nothing could be added: that is a refusal, not a success.
    if (clamped && lane.added > 0 && !grew) return fail(productId, clamped.error);
    const extra = message ? { message } : {};
    if (clamped) {
      ctx.notice({ type: 'limited', productId, quantity, error: clamped.error, at: Date.now() });
      log.warn(`Product ${productId}: only ${quantity} could be put in the cart (${clamped.error.message}).`);
      return settle(productId, { ok: true, cart, quantity, limitedTo: quantity, error: clamped.error, ...extra });
    }
    ctx.notice({ type: lane.added > 0 ? 'added' : quantity === 0 ? 'removed' : 'updated', productId, quantity, at: Date.now() });
    settle(productId, { ok: true, cart, quantity, ...extra });
  }

  /**
   * After a request with an unknown outcome: asks the cart until it tells.
   * `met` the wish is in the cart; `line` the line exists (go on with absolute
   * updates); `unknown` the shop could not tell, or no line appeared.
   */
  async function learn(productId: number, target: number, wasAdd: boolean): Promise<'met' | 'line' | 'unknown'> {
    for (const wait of RECHECK_DELAYS) {
      if (wait > 0) await sleep(wait);
      const truth = await ctx.load({ fresh: true });
      if (!truth.ok) {
        // Offline: the browser's `online` event brings the next check.
        if (truth.error.kind === 'offline') return 'unknown';
        continue;
      }
      if (lineQuantity(truth.cart, productId) === target) return 'met';
      if (!wasAdd || findLine(truth.cart, productId)) return 'line';
    }
    return 'unknown';
  }

  /** Sends the product's latest wish until the server agrees or refuses. */
  async function run(productId: number, lane: Lane): Promise<void> {
    lane.running = true;
    // Let changes made in the same task (a script adding several) become one wish.
    await Promise.resolve();
    await ctx.clearing();
    // The last change's outcome was never learned: ask before sending anything.
    if (suspects.has(productId)) await ctx.load({ fresh: true });
    let clamped: Clamp | undefined;
    let resent = false;
    let lastMessage: string | undefined;

    for (;;) {
      const intent = ctx.intent(productId);
      const confirmed = ctx.confirmed();
      if (!intent) {
        // Nothing (left) to send: the wish was met or withdrawn.
        if (confirmed) return finish(productId, lane, clamped, lastMessage);
        return fail(productId, invalid('The cart could not be loaded'));
      }
      const current = lineQuantity(confirmed, productId);
      const line = findLine(confirmed, productId);
      let target = intent.quantity;
      // The line tells how many the shop has; asking for more is refused anyway.
      if (line && target > line.stock_available && line.stock_available > 0 && !clamped) {
        const limit = Math.max(line.stock_available, current);
        clamped = { quantity: limit, error: new ShopError('business', 'Insufficient stock', { endpoint: '/cart/update', code: 400, available: line.stock_available }) };
        target = limit;
        ctx.setIntent(productId, limit);
        continue;
      }
      if (target === current) {
        ctx.dropIntent(productId, intent.version);
        continue;
      }

      const seq = ctx.nextSeq();
      const wasAdd = target > 0 && !line;
      ctx.onWire.add(productId);
      try {
        const client = ctx.client();
        const change =
          target === 0
            ? await client.removeFromCart(productId)
            : line
              ? await client.updateCartItem(productId, target)
              : await client.addToCart(productId, target - current);
        ctx.onWire.delete(productId);
        lastMessage = change.message;
        ctx.accept(change.cart, seq, [productId]);
        const got = lineQuantity(change.cart, productId);
        // A success that holds something else than asked: the server's cart wins, and is said.
        if (got !== target) return unexplained(productId, lane, got, target);
        ctx.dropIntent(productId, intent.version);
      } catch (error) {
        ctx.onWire.delete(productId);
        const failure = ShopError.from(error, '/cart/update');
        // Nothing was carried out: nothing sent (offline), or Odoo raised and rolled back.
        if (failure.kind === 'offline' || failure.kind === 'server' || failure.kind === 'session-expired') return fail(productId, failure);
        if (failure.kind === 'business') {
          // `/cart/update` refusals carry no `available`: the refetched line tells it.
          const available = failure.available ?? (line ? await freshStock(productId) : undefined);
          // Ask for what the shop has, once, and say so.
          if (!clamped && typeof available === 'number' && available > 0 && available < target) {
            clamped = { quantity: available, error: failure };
            ctx.setIntent(productId, available);
            continue;
          }
          return fail(productId, failure);
        }
        // The request may or may not have been carried out: learn the truth first.
        const learned = await learn(productId, target, wasAdd);
        if (learned === 'met') {
          ctx.dropIntent(productId, intent.version);
          continue;
        }
        const now = lineQuantity(ctx.confirmed(), productId);
        // An add of ours cannot explain more than the wish.
        if (learned === 'line' && wasAdd && now > target) return unexplained(productId, lane, now, target);
        // An absolute update is safe to send again, once; an add never is.
        if (learned === 'line' && !resent) {
          resent = true;
          continue;
        }
        suspects.set(productId, current);
        return fail(productId, failure);
      }
    }
  }

  async function freshStock(productId: number): Promise<number | undefined> {
    const truth = await ctx.load({ fresh: true });
    return truth.ok ? findLine(truth.cart, productId)?.stock_available : undefined;
  }

  function change(productId: number, wish: (current: number) => number, added: number, hint?: ProductHint): Promise<CartOutcome> {
    return new Promise<CartOutcome>((resolve) => {
      const start = (loaded?: CartOutcome) => {
        // The cart could not be loaded: say why (offline, no answer…) rather than guess.
        if (loaded && !loaded.ok && !ctx.confirmed()) return resolve(loaded);
        const lane = laneFor(productId);
        lane.waiters.push(resolve);
        lane.added += added;
        const target = Math.max(0, wish(ctx.viewQuantity(productId)));
        if (target > ctx.maxQuantity()) {
          lane.waiters.pop();
          lane.added -= added;
          if (lane.waiters.length === 0 && !lane.running) lanes.delete(productId);
          const error = invalid(`Quantity above ${ctx.maxQuantity()}`);
          log.warn(`Product ${productId}: ${target} is more than maxQuantity (${ctx.maxQuantity()}); nothing changed.`);
          ctx.notice({ type: 'failed', productId, error, at: Date.now() });
          return resolve({ ok: false, error, cart: ctx.confirmed() });
        }
        ctx.setIntent(productId, target, hint);
        if (!lane.running) void run(productId, lane);
      };
      // An add to a cart we have not seen yet must count from the server's quantity.
      if (ctx.confirmed()) start();
      else void ctx.base().then(start);
    });
  }

  function add(productId: number, quantity = 1, hint?: ProductHint): Promise<CartOutcome> {
    if (!isProductId(productId) || !isQuantity(quantity) || quantity === 0) {
      log.warn(`add(${String(productId)}, ${String(quantity)}): a product id and a whole quantity above 0 are needed.`);
      return Promise.resolve({ ok: false, error: invalid('Invalid quantity'), cart: ctx.confirmed() });
    }
    return change(productId, (current) => current + quantity, quantity, hint);
  }

  function setQuantity(productId: number, quantity: number): Promise<CartOutcome> {
    if (!isProductId(productId) || !isQuantity(quantity)) {
      log.warn(`setQuantity(${String(productId)}, ${String(quantity)}): a whole quantity of 0 or more is needed.`);
      return Promise.resolve({ ok: false, error: invalid('Invalid quantity'), cart: ctx.confirmed() });
    }
    return change(productId, () => quantity, 0);
  }

  /** A cart arrived (a load, another tab): a suspect product that changed is said, not shown silently. */
  function review(cart: Cart): void {
    for (const [productId, before] of suspects) {
      if (lanes.has(productId)) continue;
      const quantity = lineQuantity(cart, productId);
      if (quantity === before) continue;
      suspects.delete(productId);
      log.warn(`Product ${productId}: a change whose answer was lost did reach the shop; the cart now holds ${quantity}.`);
      ctx.notice({ type: 'unexpected', productId, quantity, at: Date.now() });
    }
  }

  return { add, setQuantity, review };
}
