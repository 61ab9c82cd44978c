// Quiet runs: making many mock shops (tests make dozens) must not pile listeners
// on MSW's shared WebSocket BroadcastChannel (it warned MaxListenersExceededWarning).
import { describe, expect, it } from 'vitest';
import { createMockShop } from '../../mock-server/index.js';

describe('mock shops and MSW’s live link', () => {
  it('twenty mock shops add no listener warnings', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    try {
      for (let i = 0; i < 20; i++) createMockShop();
      // Not a sleep: process.emitWarning delivers on process.nextTick, and every
      // nextTick queued now runs before this setImmediate, so each warning the shops
      // raised has been delivered by then.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((text) => text.startsWith('MaxListenersExceededWarning'))).toEqual([]);
  });
});
