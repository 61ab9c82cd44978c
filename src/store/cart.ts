/**
 * The cart store every widget on a page shares.
 *
 * - `$confirmed` is the cart as the server last confirmed it; `$intents` holds the
 *   shopper's unconfirmed wishes per product; `$cart` (what widgets render) is
 *   derived from both, so a refusal "rolls back" by forgetting the wish.
 * - Each product has one lane: one request at a time, always sending the latest
 *   wish as an absolute quantity. Ten quick clicks make one or two requests, and
 *   two operations on one product can never overtake each other.
 * - Every request is numbered when sent; an answer older than one already applied
 *   only updates its own product's line, so the view never goes backwards.
 */
import { atom, computed, map, onMount } from 'nanostores';
import type { ShopClient } from '../client/client.js';
import { ShopError } from '../client/errors.js';
import { log } from '../client/log.js';
import type { Cart } from '../client/types.js';
import {
  applyIntents,
  findLine,
  lineQuantity,
  sameCart,
  spliceLines,
  type CartView,
  type Intent,
  type ProductHint,
} from './cart-math.js';

export type CartOutcome =
  | {
      ok: true;
      cart: Cart;
      message?: string;
      /** The shopper asked for more than the shop has; this many are in the cart. */
      limitedTo?: number;
      /** Why it was limited (an "Insufficient stock" refusal). */
      error?: ShopError;
    }
  | { ok: false; error: ShopError; cart: Cart | null };

export interface CartStatus {
  state: 'idle' | 'loading' | 'ready' | 'error';
  /** Why the last load failed (state `error`). */
  error: ShopError | null;
}

/** What happened, for announcements (aria-live) and host events. */
export type CartNotice =
  | { type: 'added' | 'updated' | 'removed' | 'cleared'; productId?: number; quantity?: number; at: number }
  | { type: 'limited'; productId: number; quantity: number; error: ShopError; at: number }
  | { type: 'failed'; productId?: number; error: ShopError; at: number };

/** Why the confirmed cart changed: drives document events and tab sync. */
export type ChangeSource = 'load' | 'mutation' | 'remote';

export interface CartChangeEvent {
  cart: Cart;
  previous: Cart | null;
  source: ChangeSource;
}

export interface CartAddEvent {
  cart: Cart;
  productId?: number;
  bundleId?: number;
  /** How many were asked for. */
  quantity: number;
}

export interface CartStoreOptions {
  client: () => ShopClient;
}

type Waiter = (outcome: CartOutcome) => void;

interface Lane {
  waiters: Waiter[];
  /** How many were asked to be added (for `cart:add`); 0 for a set quantity. */
  added: number;
  /** The confirmed quantity when the lane started. */
  from: number;
  running: boolean;
}

const invalid = (message: string) => new ShopError('business', message, { endpoint: 'store', code: 400 });
const isQuantity = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

export function createCartStore({ client }: CartStoreOptions) {
  const $confirmed = atom<Cart | null>(null);
  const $intents = map<Record<number, Intent>>({});
  const $status = atom<CartStatus>({ state: 'idle', error: null });
  const $notice = atom<CartNotice | null>(null);

  const $cart = computed([$confirmed, $intents], (cart, intents): CartView =>
    applyIntents(cart, new Map(Object.entries(intents).map(([id, intent]) => [Number(id), intent]))),
  );

  const listeners = new Set<(event: CartChangeEvent) => void>();
  const addListeners = new Set<(event: CartAddEvent) => void>();
  const lanes = new Map<number, Lane>();
  /** Products with a request on the wire. Their lines in other answers are not trusted. */
  const onWire = new Set<number>();
  let sent = 0;
  let applied = 0;
  let loading: Promise<CartOutcome> | undefined;
  let clearing: Promise<CartOutcome> | undefined;
  let version = 0;

  // Widgets subscribe; the first one to do so loads the cart.
  onMount($cart, () => {
    if ($status.get().state === 'idle') void load();
  });

  function emit(previous: Cart | null, source: ChangeSource): void {
    const cart = $confirmed.get();
    if (!cart) return;
    // The first load is not a change; a refetch that changed nothing is not either.
    if (source !== 'mutation' && (previous === null || sameCart(previous, cart))) return;
    for (const listener of listeners) listener({ cart, previous, source });
  }

  /**
   * Applies a cart the server sent. `seq` orders it among our requests; `own`
   * names the products the request was about (their lines are always taken).
   */
  function accept(cart: Cart, seq: number, own: number[], source: ChangeSource): void {
    const previous = $confirmed.get();
    let next: Cart;
    if (!previous || seq > applied) {
      applied = seq;
      // Newest answer: take it whole, except lines of products whose own request
      // is still out (this answer may predate it).
      const distrust = [...onWire].filter((id) => !own.includes(id));
      next = previous && distrust.length > 0 ? spliceLines(cart, previous, distrust) : cart;
    } else {
      next = spliceLines(previous, cart, own);
      next = { ...next, session_id: cart.session_id, currency: cart.currency };
    }
    $confirmed.set(next);
    emit(previous, source);
  }

  /**
   * Fetches the cart. Calls at the same time share one request; `fresh` asks for
   * an answer sent after this call (to learn the outcome of an uncertain change).
   */
  async function load({ signal, fresh = false }: { signal?: AbortSignal; fresh?: boolean } = {}): Promise<CartOutcome> {
    if (fresh && loading) await loading;
    loading ??= (async (): Promise<CartOutcome> => {
      const seq = ++sent;
      if (!$confirmed.get()) $status.set({ state: 'loading', error: null });
      try {
        const cart = await client().getCart({ signal });
        accept(cart, seq, [], 'load');
        $status.set({ state: 'ready', error: null });
        return { ok: true, cart: $confirmed.get()! };
      } catch (error) {
        const shopError = toShopError(error, '/cart');
        log.warn(`Could not load the cart: ${shopError.message}`);
        // Keep showing a cart we had; only a cart we never had is an error state.
        if (!$confirmed.get()) $status.set({ state: 'error', error: shopError });
        return { ok: false, error: shopError, cart: $confirmed.get() };
      } finally {
        loading = undefined;
      }
    })();
    return loading;
  }

  /** The cart must be known before an absolute quantity can be computed. */
  async function base(): Promise<Cart | null> {
    if (!$confirmed.get()) await load();
    return $confirmed.get();
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

  function laneFor(productId: number): Lane {
    let lane = lanes.get(productId);
    if (!lane) lanes.set(productId, (lane = { waiters: [], added: 0, from: lineQuantity($confirmed.get(), productId), running: false }));
    return lane;
  }

  function settle(productId: number, outcome: CartOutcome): void {
    const lane = lanes.get(productId);
    if (!lane) return;
    lanes.delete(productId);
    for (const waiter of lane.waiters) waiter(outcome);
  }

  /** Sends the product's latest wish until the server agrees or refuses. */
  async function run(productId: number, lane: Lane): Promise<void> {
    lane.running = true;
    // Let changes made in the same task (a script adding several) become one wish.
    await Promise.resolve();
    if (clearing) await clearing;
    let clamped: { quantity: number; error: ShopError } | undefined;
    let retriedUncertain = false;
    let lastMessage: string | undefined;

    for (;;) {
      const intent = $intents.get()[productId];
      const confirmed = $confirmed.get();
      if (!intent) {
        // Nothing (left) to send: the wish was met or withdrawn.
        return confirmed ? finish(productId, lane, clamped, lastMessage) : fail(productId, invalid('The cart could not be loaded'));
      }
      const current = lineQuantity(confirmed, productId);
      const line = findLine(confirmed, productId);
      let target = intent.quantity;
      // The line tells how many the shop has; asking for more is refused anyway.
      if (line && target > line.stock_available && line.stock_available > 0 && !clamped) {
        const limit = Math.max(line.stock_available, current);
        clamped = { quantity: limit, error: new ShopError('business', 'Insufficient stock', { endpoint: '/cart/update', code: 400, available: line.stock_available }) };
        target = limit;
        setIntent(productId, limit);
        continue;
      }
      if (target === current) {
        dropIntent(productId, intent.version);
        continue;
      }

      const seq = ++sent;
      onWire.add(productId);
      try {
        const change =
          target === 0
            ? await client().removeFromCart(productId)
            : line
              ? await client().updateCartItem(productId, target)
              : await client().addToCart(productId, target - current);
        onWire.delete(productId);
        lastMessage = change.message;
        accept(change.cart, seq, [productId], 'mutation');
        dropIntent(productId, intent.version);
      } catch (error) {
        onWire.delete(productId);
        const failure = toShopError(error, '/cart/update');
        if (failure.kind === 'business') {
          // `/cart/update` refusals carry no `available`: the refetched line tells it.
          const available = failure.available ?? (line ? await freshStock(productId) : undefined);
          // Ask for what the shop has, once, and say so.
          if (!clamped && typeof available === 'number' && available > 0 && available < target) {
            clamped = { quantity: available, error: failure };
            setIntent(productId, available);
            continue;
          }
          return fail(productId, failure);
        }
        // The request may or may not have been carried out: ask the server.
        const truth = await load({ fresh: true });
        if (!truth.ok) return fail(productId, failure);
        const now = lineQuantity(truth.cart, productId);
        if (now === target) {
          dropIntent(productId, intent.version);
          continue;
        }
        // An absolute update is safe to repeat; an add is not, ever.
        if (failure.isUncertain && !retriedUncertain && findLine(truth.cart, productId)) {
          retriedUncertain = true;
          continue;
        }
        return fail(productId, failure);
      }
    }
  }

  async function freshStock(productId: number): Promise<number | undefined> {
    const truth = await load({ fresh: true });
    return truth.ok ? findLine(truth.cart, productId)?.stock_available : undefined;
  }

  function finish(productId: number, lane: Lane, clamped: { quantity: number; error: ShopError } | undefined, message?: string): void {
    const cart = $confirmed.get()!;
    const quantity = lineQuantity(cart, productId);
    const grew = quantity > lane.from;
    if (lane.added > 0 && grew) for (const listener of addListeners) listener({ cart, productId, quantity: lane.added });
    if (clamped && lane.added > 0 && !grew) {
      // Nothing could be added: that is a refusal, not a success.
      return fail(productId, clamped.error);
    }
    if (clamped) {
      $notice.set({ type: 'limited', productId, quantity, error: clamped.error, at: Date.now() });
      log.warn(`Product ${productId}: only ${quantity} could be put in the cart (${clamped.error.message}).`);
      return settle(productId, { ok: true, cart, limitedTo: quantity, error: clamped.error, ...(message ? { message } : {}) });
    }
    $notice.set({ type: lane.added > 0 ? 'added' : quantity === 0 ? 'removed' : 'updated', productId, quantity, at: Date.now() });
    settle(productId, { ok: true, cart, ...(message ? { message } : {}) });
  }

  function fail(productId: number, error: ShopError): void {
    dropIntent(productId);
    log.warn(`Cart change for product ${productId} failed (${error.kind}): ${error.message}`);
    $notice.set({ type: 'failed', productId, error, at: Date.now() });
    settle(productId, { ok: false, error, cart: $confirmed.get() });
  }

  function change(productId: number, wish: (current: number) => number, added: number, hint?: ProductHint): Promise<CartOutcome> {
    return new Promise<CartOutcome>((resolve) => {
      const start = () => {
        const lane = laneFor(productId);
        lane.waiters.push(resolve);
        lane.added += added;
        const view = $cart.get();
        const current = view.items.find((item) => item.product_id === productId)?.quantity ?? $intents.get()[productId]?.quantity ?? 0;
        setIntent(productId, Math.max(0, wish(current)), hint);
        if (!lane.running) void run(productId, lane);
      };
      // An add to a cart we have not seen yet must count from the server's quantity.
      if ($confirmed.get()) start();
      else void base().then(start);
    });
  }

  function add(productId: number, quantity = 1, hint?: ProductHint): Promise<CartOutcome> {
    if (!Number.isInteger(productId) || !isQuantity(quantity) || quantity === 0) {
      log.warn(`add(${String(productId)}, ${String(quantity)}): a product id and a whole quantity above 0 are needed.`);
      return Promise.resolve({ ok: false, error: invalid('Invalid quantity'), cart: $confirmed.get() });
    }
    return change(productId, (current) => current + quantity, quantity, hint);
  }

  function setQuantity(productId: number, quantity: number): Promise<CartOutcome> {
    if (!Number.isInteger(productId) || !isQuantity(quantity)) {
      log.warn(`setQuantity(${String(productId)}, ${String(quantity)}): a whole quantity of 0 or more is needed.`);
      return Promise.resolve({ ok: false, error: invalid('Invalid quantity'), cart: $confirmed.get() });
    }
    return change(productId, () => quantity, 0);
  }

  const remove = (productId: number) => setQuantity(productId, 0);

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
        $notice.set({ type: 'cleared', at: Date.now() });
        return { ok: true, cart: $confirmed.get()!, message: result.message };
      } catch (error) {
        const failure = toShopError(error, '/cart/clear');
        for (const [id, mark] of marks) dropIntent(id, mark);
        log.warn(`Clearing the cart failed (${failure.kind}): ${failure.message}`);
        $notice.set({ type: 'failed', error: failure, at: Date.now() });
        if (failure.isUncertain) await load();
        return { ok: false, error: failure, cart: $confirmed.get() };
      } finally {
        clearing = undefined;
      }
    })();
    return clearing;
  }

  /** Adds a bundle's products. The backend answers without a cart, so it is refetched. */
  async function addBundle(bundleId: number, quantity = 1): Promise<CartOutcome> {
    if (!Number.isInteger(bundleId) || !isQuantity(quantity) || quantity === 0) {
      log.warn(`addBundle(${String(bundleId)}, ${String(quantity)}): a bundle id and a whole quantity above 0 are needed.`);
      return { ok: false, error: invalid('Invalid quantity'), cart: $confirmed.get() };
    }
    await base();
    try {
      const { message } = await client().addBundleToCart(bundleId, quantity);
      const seq = ++sent;
      const cart = await client().getCart();
      accept(cart, seq, [], 'mutation');
      for (const listener of addListeners) listener({ cart: $confirmed.get()!, bundleId, quantity });
      $notice.set({ type: 'added', quantity, at: Date.now() });
      return { ok: true, cart: $confirmed.get()!, message };
    } catch (error) {
      const failure = toShopError(error, '/bundles/<id>/add-to-cart');
      log.warn(`Adding bundle ${bundleId} failed (${failure.kind}): ${failure.message}`);
      $notice.set({ type: 'failed', error: failure, at: Date.now() });
      if (failure.kind !== 'business') await load();
      return { ok: false, error: failure, cart: $confirmed.get() };
    }
  }

  /** A cart another tab of this browser received from the server. */
  function receive(cart: Cart): void {
    accept(cart, ++sent, [], 'remote');
    if ($status.get().state !== 'ready') $status.set({ state: 'ready', error: null });
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
    add,
    setQuantity,
    remove,
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

function toShopError(error: unknown, endpoint: string): ShopError {
  if (error instanceof ShopError) return error;
  return new ShopError('network', error instanceof Error ? error.message : String(error), { endpoint, cause: error });
}
