import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/cli/**', 'test/reliability/cli/**'] } },
      // The CLI tests run the built binary: their global setup builds dist/ when it is older than src/.
      { extends: true, test: { name: 'cli', include: ['test/cli/**/*.test.ts', 'test/reliability/cli/**/*.test.ts'], globalSetup: ['test/cli/global-setup.ts'] } },
    ],
  },
});
