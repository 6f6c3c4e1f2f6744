import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleJobs } from '../../../browser/warm-up';
import { WARM_UP_SECTIONS } from '../../../browser/warm-up-page';
import { readText } from '../../../reader/text';
import { extractors } from '../../../extractors/index';
import { extractPage } from '../../../claims/pipeline';

describe('idleJobs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs one job per task, so a message can be handled between two jobs', () => {
    const ran: number[] = [];
    const done = vi.fn();
    const jobs = idleJobs([0, 1, 2].map((n) => () => ran.push(n)), done);
    jobs.start();
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([0]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([0, 1]);
    expect(done).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(ran).toEqual([0, 1, 2]);
    expect(done).toHaveBeenCalledOnce();
    expect(jobs.done).toBe(true);
  });

  it('stops between jobs and carries on from there when started again', () => {
    const ran: number[] = [];
    const jobs = idleJobs([0, 1, 2, 3].map((n) => () => ran.push(n)));
    jobs.start();
    vi.advanceTimersToNextTimer();
    jobs.stop();
    vi.runAllTimers();
    expect(ran).toEqual([0]);
    expect(jobs.done).toBe(false);
    jobs.start();
    jobs.start(); // a second start while running schedules nothing more
    vi.runAllTimers();
    expect(ran).toEqual([0, 1, 2, 3]);
  });

  it('carries on past a job that throws, and runs nothing once done', () => {
    const ran: string[] = [];
    const jobs = idleJobs([
      () => {
        throw new Error('boom');
      },
      () => ran.push('after'),
    ]);
    jobs.start();
    vi.runAllTimers();
    expect(ran).toEqual(['after']);
    jobs.start();
    vi.runAllTimers();
    expect(ran).toEqual(['after']);
  });
});

describe('the made-up warm-up page', () => {
  const pages = WARM_UP_SECTIONS.map((section) => readText(section, { format: 'md' }));

  it('gives every extractor something to read, so the first click finds its code compiled', () => {
    const silent = extractors.filter((ex) => !pages.some((page) => candidates(page, ex) > 0));
    expect(silent.map((ex) => ex.meta.id)).toEqual([]);
  });

  it('extracts without an error, section by section', () => {
    for (const page of pages) expect(extractPage(page).errors).toEqual([]);
  });
});

function candidates(page: ReturnType<typeof readText>, ex: (typeof extractors)[number]): number {
  return [...ex.extract(page)].length;
}
