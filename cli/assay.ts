/** cli/ — the `assay` command: the same reader, extractors and rubric on saved pages (extract, score, compare), for batch work and evaluation. */
import { runAssay } from './run';

runAssay(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
