import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, ROOT } from '../../scripts/chromium';

/** Builds the shipped and the test extension once before the browser tests. */
export default function setup() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM_PATH} (Debian: apt-get install -y chromium; or set CHROMIUM_PATH).`);
  }
  // NODE_ENV: the test runner sets it to "test", and Vite would then build React's development bundle.
  // The tests drive what a reviewer installs: the production build.
  const run = (env: Record<string, string>, args: string[] = []) =>
    execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  run({ ASSAY_TEST_HOSTS: '' });
  run({ ASSAY_TEST_HOSTS: '' }, ['-b', 'firefox']);
  run({ ASSAY_TEST_HOSTS: '1' });
}
