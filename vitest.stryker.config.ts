import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Vitest configuration for mutation testing (`npm run mutate`, see stryker.config.json).
 *
 * Only the in-process unit tests: Stryker activates mutants inside the test process, so the CLI
 * tests (which spawn the built binary in dist/) can never see a mutant and are left out.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    // One module graph per worker across test files and mutant runs (mutants are switched at
    // run time): several times faster than re-importing the catalog for every test file.
    isolate: false,
    include: ['test/engine/**/*.test.ts', 'test/rules/**/*.test.ts', 'test/models/**/*.test.ts', 'test/policies/**/*.test.ts'],
    exclude: [...configDefaults.exclude],
    // Fewer fast-check runs per property (see the file).
    setupFiles: ['test/stryker.setup.ts'],
  },
});
