import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, ROOT } from '../../scripts/chromium';

/** Builds the shipped and the test extension once before the browser tests. */
export default function setup() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH} (Debian: apt-get install -y chromium; or set CHROMIUM_PATH).`);
  }
  const run = (env: Record<string, string>, args: string[] = []) =>
    execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  run({ ASSAY_TEST_HOSTS: '' });
  run({ ASSAY_TEST_HOSTS: '' }, ['-b', 'firefox']);
  run({ ASSAY_TEST_HOSTS: '1' });
}
