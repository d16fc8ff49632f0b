import fc from 'fast-check';

/**
 * Setup of the mutation-testing runs only (vitest.stryker.config.ts): property tests run 25
 * cases instead of fast-check's default 100, so a surviving mutant, which runs every test
 * that covers it, costs seconds, not minutes. Properties that set their own `numRuns` keep
 * it. The mutation score is therefore a lower bound of what the full suite kills.
 */
fc.configureGlobal({ numRuns: 25 });
