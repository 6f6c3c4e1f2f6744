import { timeReadability } from '../bench/readability-probe';

// Benchmark-only: built into the test build, never into the shipped extension (see wxt.config.ts).
export default defineUnlistedScript(() => timeReadability(document));
