import fc from 'fast-check';

// A test run passes or fails on the code alone: properties run from one seed. FC_SEED=random explores
// new cases each run (do so before a change lands); FC_SEED=<n> replays a reported failure's seed.
const seed = process.env['FC_SEED'];
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261128 });
