import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // A skipped or focused test is a defect here: fail instead of quietly passing.
    allowOnly: false,
    passWithNoTests: false,
  },
});
