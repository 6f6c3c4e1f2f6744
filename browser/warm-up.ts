/**
 * Work to run while nothing else is waiting: one job per task, so a message that arrives in between is handled
 * before the next job, and `stop()` drops what has not run yet (`start()` carries on from there). The background
 * uses it to compile the extraction code on a made-up page (./background-extract.ts).
 */
export interface IdleJobs {
  start(): void;
  stop(): void;
  readonly done: boolean;
}

export function idleJobs(jobs: readonly (() => void)[], onDone: () => void = () => undefined): IdleJobs {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    timer = undefined;
    const job = jobs[next++];
    try {
      job?.();
    } catch {
      // A job that fails costs a later click some time, nothing else.
    }
    if (next < jobs.length) timer = setTimeout(step, 0);
    else onDone();
  };
  return {
    start() {
      if (timer === undefined && next < jobs.length) timer = setTimeout(step, 0);
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    get done() {
      return next >= jobs.length;
    },
  };
}
