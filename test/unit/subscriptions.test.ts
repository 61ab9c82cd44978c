import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShopError } from '../../src/client/errors.js';
import type { ShopClient } from '../../src/client/client.js';
import { normaliseBdMobile } from '../../src/components/notify-me/notify-me.component.js';
import { createSubscriptionStore } from '../../src/store/subscriptions.js';

const memory = () => {
  const data = new Map<string, string>();
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), data };
};

describe('Bangladeshi mobile numbers', () => {
  it('normalises the ways shoppers type them to +8801XXXXXXXXX', () => {
    expect(normaliseBdMobile('01712345678')).toBe('+8801712345678');
    expect(normaliseBdMobile('+8801712345678')).toBe('+8801712345678');
    expect(normaliseBdMobile('8801712345678')).toBe('+8801712345678');
    expect(normaliseBdMobile('017-1234 5678')).toBe('+8801712345678');
    expect(normaliseBdMobile('০১৭১২৩৪৫৬৭৮')).toBe('+8801712345678');
  });

  it('refuses what is not a Bangladeshi mobile number', () => {
    for (const bad of ['0171234567', '01212345678', '+447911123456', 'phone', '017123456789']) expect(normaliseBdMobile(bad)).toBeUndefined();
  });
});

describe('subscription store', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('remembers subscribed products on this device, never the address', async () => {
    const storage = memory();
    const client = { subscribeToStock: vi.fn(async () => ({ message: 'ok', alreadySubscribed: false })) } as unknown as ShopClient;
    const store = createSubscriptionStore({ client: () => client, storage });
    const outcome = await store.subscribe(5, { email: 'rahim@example.com' });
    expect(outcome).toEqual({ ok: true, message: 'ok', alreadySubscribed: false });
    expect(store.isSubscribed(5)).toBe(true);
    expect([...storage.data.values()].join()).not.toContain('rahim');
    // A returning visitor (a new page) knows without asking the server.
    expect(createSubscriptionStore({ client: () => client, storage }).isSubscribed(5)).toBe(true);
  });

  it('reports a refusal and remembers nothing', async () => {
    const storage = memory();
    const client = {
      subscribeToStock: async () => {
        throw new ShopError('business', 'Product is currently in stock', { endpoint: '/product/<id>/notify-stock', code: 400 });
      },
    } as unknown as ShopClient;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = createSubscriptionStore({ client: () => client, storage });
    const outcome = await store.subscribe(1, { email: 'a@b.bd' });
    expect(!outcome.ok && outcome.error.message).toBe('Product is currently in stock');
    expect(store.isSubscribed(1)).toBe(false);
  });

  it('works when storage is unavailable or holds garbage', async () => {
    const broken = { getItem: () => '{not json', setItem: () => { throw new Error('quota'); } };
    const client = { subscribeToStock: async () => ({ message: 'ok', alreadySubscribed: true }) } as unknown as ShopClient;
    const store = createSubscriptionStore({ client: () => client, storage: broken });
    expect(store.$subscribed.get()).toEqual([]);
    expect((await store.subscribe(3, { email: 'a@b.bd' })).ok).toBe(true);
    expect(store.isSubscribed(3)).toBe(true);
  });
});
