/**
 * The cart store every widget on a page shares.
 *
 * - `$confirmed` is the cart as the server last confirmed it; `$intents` holds the
 *   shopper's unconfirmed wishes per product; `$cart` (what widgets render) is
 *   derived from both, so a refusal "rolls back" by forgetting the wish.
 * - Changes to products go through one lane per product (./cart-lanes.ts).
 * - Every request is numbered when sent; an answer older than one already applied
 *   only updates its own product's line, so the view never goes backwards.
 * - A shop that forgets the cart it just confirmed (its cookie was not kept) is
 *   noticed and said, never shown as a silently emptied cart.
 */
import { atom, computed, map, onMount } from 'nanostores';
import type { ShopClient } from '../client/client.js';
import { ShopError } from '../client/errors.js';
import { log } from '../internal/log.js';
import { nextTask } from '../internal/scheduler.js';
import type { Cart } from '../client/types.js';
import { applyIntents, findLine, sameCart, spliceLines, type CartView, type Intent, type ProductHint } from './cart-math.js';
import { createLanes, invalid } from './cart-lanes.js';
import type { CartAddEvent, CartChangeEvent, CartNotice, CartOutcome, CartStatus, ChangeSource } from './cart-types.js';

export type { CartAddEvent, CartChangeEvent, CartNotice, CartOutcome, CartStatus, ChangeSource } from './cart-types.js';

export interface CartStoreOptions {
  client: () => ShopClient;
  /** The largest quantity of one line (configure's `maxQuantity`). */
  maxQuantity?: () => number;
  /** ms before a first load that has not answered is called slow. */
  slowAfter?: number;
  sleep?: (ms: number) => Promise<void>;
}

const isQuantity = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

export function createCartStore({ client, maxQuantity = () => 9_999, slowAfter = 3_000, sleep }: CartStoreOptions) {
  const $confirmed = atom<Cart | null>(null);
  const $intents = map<Record<number, Intent>>({});
  const $status = atom<CartStatus>({ state: 'idle', error: null });
  const $notice = atom<CartNotice | null>(null);

  const $cart = computed([$confirmed, $intents], (cart, intents): CartView =>
    applyIntents(cart, new Map(Object.entries(intents).map(([id, intent]) => [Number(id), intent]))),
  );

  const listeners = new Set<(event: CartChangeEvent) => void>();
  const addListeners = new Set<(event: CartAddEvent) => void>();
  const onWire = new Set<number>();
  let sent = 0;
  let applied = 0;
  /**
   * For each product, the last request number sent when its own change was
   * answered. An answer to a request sent before that may have been carried out
   * before the change (requests race on the way to the shop): its line of that
   * product is not trusted, however new the request.
   */
  const answeredAt = new Map<number, number>();
  let loading: Promise<CartOutcome> | undefined;
  let clearing: Promise<CartOutcome> | undefined;
  let version = 0;
  let reportedForgotten = false;

  // Widgets subscribe; the first one to do so loads the cart, in a task of its own:
  // on a slow phone starting the request (the client, fetch) costs as much as the
  // widget that subscribed, and together they made one long task. Until then the
  // status is `idle`, which the widgets show as loading.
  onMount($cart, () => {
    if ($status.get().state !== 'idle') return;
    void nextTask().then(() => {
      if ($status.get().state === 'idle') void load();
    });
  });

  const setStatus = (next: CartStatus) => $status.set(next);
  const notice = (next: CartNotice) => $notice.set(next);

  function emit(previous: Cart | null, source: ChangeSource): void {
    const cart = $confirmed.get();
    if (!cart) return;
    // The first load is not a change; a refetch that changed nothing is not either.
    if (source !== 'mutation' && (previous === null || sameCart(previous, cart))) return;
    for (const listener of listeners) listener({ cart, previous, source });
  }

  /**
   * The shop answered with another session and the lines it had confirmed are
   * gone: its `cart_session_id` cookie was not kept. Said once in the console, and
   * to the shopper through the status.
   */
  function checkForgotten(previous: Cart | null, next: Cart): void {
    if (!previous?.session_id || !next.session_id || previous.session_id === next.session_id) return;
    const intents = $intents.get();
    const vanished = previous.items.filter((item) => !findLine(next, item.product_id) && intents[item.product_id]?.quantity !== 0);
    if (vanished.length === 0) return;
    if (!reportedForgotten) {
      reportedForgotten = true;
      log.error(
        `The shop answered with a new cart (session ${previous.session_id} became ${next.session_id}) and the ${vanished.length} line(s) it had confirmed are gone: ` +
          'the shop is not keeping this browser\'s cart. Its cart_session_id cookie was not stored or not sent back. Likely causes: the API is on another site and its cookie ' +
          'is SameSite=Lax (it needs SameSite=None; Secure), the browser blocks third-party cookies, or the API\'s CORS answer lacks ' +
          'Access-Control-Allow-Credentials: true with the page\'s origin. See the README, "An API on another origin".',
      );
    }
    setStatus({ ...$status.get(), forgotten: true });
    notice({ type: 'forgotten', at: Date.now() });
  }

  /** Applies a cart the server sent. `seq` orders it among our requests; `own` names the products the request was about. */
  function accept(cart: Cart, seq: number, own: number[], source: ChangeSource): void {
    const previous = $confirmed.get();
    let next: Cart;
    if (!previous || seq > applied) {
      applied = seq;
      // Newest answer: take it whole, except lines of products whose own request
      // is still out, or was answered after this request left (this answer may predate it).
      const distrust = new Set(onWire);
      for (const [id, at] of answeredAt) if (at >= seq) distrust.add(id);
      for (const id of own) distrust.delete(id);
      next = previous ? spliceLines(cart, previous, distrust) : cart;
    } else {
      next = spliceLines(previous, cart, own);
      next = { ...next, session_id: cart.session_id, currency: cart.currency };
    }
    if (source === 'mutation') for (const id of own) answeredAt.set(id, sent);
    checkForgotten(previous, next);
    $confirmed.set(next);
    if (source !== 'mutation') lanes.review(next);
    emit(previous, source);
  }

  /**
   * Fetches the cart. Calls at the same time share one request; `fresh` asks for
   * an answer sent after this call (to learn the outcome of an uncertain change).
   */
  async function load({ signal, fresh = false }: { signal?: AbortSignal; fresh?: boolean } = {}): Promise<CartOutcome> {
    if (fresh && loading) await loading;
    if (loading) {
      // A shopper's "Try again" while the tries go on behind: show that it is loading.
      if (!$confirmed.get() && $status.get().state === 'error') setStatus({ state: 'loading', error: null, slow: true });
      return loading;
    }
    loading = (async (): Promise<CartOutcome> => {
      const seq = ++sent;
      const first = !$confirmed.get();
      const slow = first ? setTimeout(() => $status.get().state === 'loading' && setStatus({ ...$status.get(), slow: true }), slowAfter) : undefined;
      if (first) setStatus({ state: 'loading', error: null, ...($status.get().forgotten ? { forgotten: true } : {}) });
      // Said after the first failed try, while the next tries go on.
      const onRetry = (error: ShopError) => {
        if (!$confirmed.get()) setStatus({ state: 'error', error, retrying: true });
      };
      try {
        const cart = await client().getCart({ signal, onRetry });
        accept(cart, seq, [], 'load');
        const { forgotten } = $status.get();
        setStatus({ state: 'ready', error: null, ...(forgotten ? { forgotten } : {}) });
        return { ok: true, cart: $confirmed.get()! };
      } catch (error) {
        const shopError = ShopError.from(error, '/cart');
        log.warn(`Could not load the cart (${shopError.kind}): ${shopError.message}`);
        // Keep showing a cart we had; only a cart we never had is an error state.
        if (!$confirmed.get()) setStatus({ state: 'error', error: shopError });
        return { ok: false, error: shopError, cart: $confirmed.get() };
      } finally {
        clearTimeout(slow);
        loading = undefined;
      }
    })();
    return loading;
  }

  function setIntent(productId: number, quantity: number, hint?: ProductHint): void {
    const previous = $intents.get()[productId];
    $intents.setKey(productId, { quantity, version: ++version, hint: hint ?? previous?.hint });
  }

  function dropIntent(productId: number, ifVersion?: number): void {
    const intent = $intents.get()[productId];
    if (!intent || (ifVersion !== undefined && intent.version !== ifVersion)) return;
    const next = { ...$intents.get() };
    delete next[productId];
    $intents.set(next);
  }

  const lanes = createLanes({
    client,
    confirmed: () => $confirmed.get(),
    viewQuantity: (productId) =>
      findLine($cart.get(), productId)?.quantity ?? $intents.get()[productId]?.quantity ?? 0,
    intent: (productId) => $intents.get()[productId],
    setIntent,
    dropIntent,
    accept: (cart, seq, own) => accept(cart, seq, own, 'mutation'),
    nextSeq: () => ++sent,
    onWire,
    load,
    base: async () => ($confirmed.get() ? undefined : load()),
    clearing: () => clearing,
    notice,
    added: (event) => addListeners.forEach((listener) => listener(event)),
    maxQuantity,
    ...(sleep ? { sleep } : {}),
  });

  /** Empties the cart: every line disappears at once, one `/cart/clear` is sent. */
  function clear(): Promise<CartOutcome> {
    clearing ??= (async (): Promise<CartOutcome> => {
      const ids = $cart.get().items.map((item) => item.product_id);
      for (const id of ids) setIntent(id, 0);
      const marks = new Map(ids.map((id) => [id, $intents.get()[id]!.version]));
      // Let requests already on the wire land first; lanes wait for us to finish.
      while (onWire.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const seq = ++sent;
      try {
        const result = await client().clearCart();
        accept(result.cart, seq, ids, 'mutation');
        for (const [id, mark] of marks) dropIntent(id, mark);
        notice({ type: 'cleared', at: Date.now() });
        return { ok: true, cart: $confirmed.get()!, message: result.message };
      } catch (error) {
        const failure = ShopError.from(error, '/cart/clear');
        for (const [id, mark] of marks) dropIntent(id, mark);
        log.warn(`Clearing the cart failed (${failure.kind}): ${failure.message}`);
        notice({ type: 'failed', error: failure, at: Date.now() });
        if (failure.isUncertain) await load({ fresh: true });
        return { ok: false, error: failure, cart: $confirmed.get() };
      } finally {
        clearing = undefined;
      }
    })();
    return clearing;
  }

  /** Adds a bundle's products. The backend answers without a cart, so it is refetched. */
  async function addBundle(bundleId: number, quantity = 1): Promise<CartOutcome> {
    if (!isQuantity(bundleId) || !isQuantity(quantity) || quantity > maxQuantity()) {
      log.warn(`addBundle(${String(bundleId)}, ${String(quantity)}): a bundle id and a whole quantity from 1 to ${maxQuantity()} are needed.`);
      return { ok: false, error: invalid('Invalid quantity'), cart: $confirmed.get() };
    }
    if (!$confirmed.get()) await load();
    try {
      const { message } = await client().addBundleToCart(bundleId, quantity);
      const seq = ++sent;
      const cart = await client().getCart();
      accept(cart, seq, [], 'mutation');
      for (const listener of addListeners) listener({ cart: $confirmed.get()!, bundleId, quantity });
      notice({ type: 'added', quantity, at: Date.now() });
      return { ok: true, cart: $confirmed.get()!, message };
    } catch (error) {
      const failure = ShopError.from(error, '/bundles/<id>/add-to-cart');
      log.warn(`Adding bundle ${bundleId} failed (${failure.kind}): ${failure.message}`);
      notice({ type: 'failed', error: failure, at: Date.now() });
      if (failure.kind !== 'business' && failure.kind !== 'offline') await load({ fresh: true });
      return { ok: false, error: failure, cart: $confirmed.get() };
    }
  }

  /** A cart another tab of this browser received from the server. */
  function receive(cart: Cart): void {
    accept(cart, ++sent, [], 'remote');
    if ($status.get().state !== 'ready') setStatus({ state: 'ready', error: null });
  }

  return {
    /** What widgets render: the confirmed cart with unconfirmed changes applied. */
    $cart,
    /** The cart as the server last confirmed it (null until loaded). */
    $confirmed,
    $status,
    /** The latest thing that happened, for announcements. */
    $notice,
    load,
    add: lanes.add,
    setQuantity: lanes.setQuantity,
    remove: (productId: number) => lanes.setQuantity(productId, 0),
    clear,
    addBundle,
    receive,
    /** Listens to confirmed changes (for document events and tab sync). */
    onChange(listener: (event: CartChangeEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Listens to successful adds (for `cart:add`). */
    onAdd(listener: (event: CartAddEvent) => void): () => void {
      addListeners.add(listener);
      return () => addListeners.delete(listener);
    },
  };
}

export type CartStore = ReturnType<typeof createCartStore>;
