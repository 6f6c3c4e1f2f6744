import { defineConfig } from 'wxt';

/**
 * ASSAY_TEST_HOSTS=1 builds a test-only variant (into .output/<browser>-test) that may inject into
 * pages served on loopback (127.0.0.1, *.localhost) without a toolbar click. The shipped build never carries a host permission;
 * tests/structure.test.ts asserts that on the built manifest.
 */
const testHosts = process.env.ASSAY_TEST_HOSTS === '1';

/** The toolbar button's tooltip. WXT would otherwise copy the popup page's <title> ("Assay") over it. */
const ACTION_TITLE = 'Assess this vendor page';

/** Sites "Read these pages" may ask for, one vendor's site at a time, at the reviewer's click. */
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDirTemplate: testHosts ? '{{browser}}-test' : '{{browser}}-mv{{manifestVersion}}',
  manifest: {
    name: 'Assay — vendor security reader',
    description: 'Reads a vendor security page into evidenced claims, scores them against your rubric, locally.',
    // IndexedDB (Dexie) on the extension's own origin needs no permission: no `storage`.
    permissions: ['activeTab', 'scripting'],
    action: { default_title: ACTION_TITLE },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    browser_specific_settings: {
      // Assay collects and transmits nothing: Firefox's data-collection declaration says so.
      gecko: { id: 'assay@assay.local', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
    },
  },
  hooks: {
    // The Readability timing probe serves `npm run bench` only; the shipped build leaves it out.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (testHosts) return;
      const at = entrypoints.findIndex((e) => e.name === 'readability-probe');
      if (at >= 0) entrypoints.splice(at, 1);
    },
    // Runtime-registered content scripts add their `matches` to host_permissions; Assay injects only on
    // the reviewer's click (activeTab), so the shipped manifest must carry none.
    'build:manifestGenerated': (_wxt, manifest) => {
      // WXT sets default_title from the popup's <title>; the configured tooltip wins.
      for (const key of ['action', 'browser_action'] as const) if (manifest[key]) manifest[key] = { ...manifest[key], default_title: ACTION_TITLE };
      // Loopback only: 127.0.0.1, and *.localhost so each test vendor gets a domain of its own.
      if (testHosts) manifest.host_permissions = ['http://127.0.0.1/*', 'http://*.localhost/*'];
      else delete manifest.host_permissions;
      // "Read these pages" asks for one vendor's site at the reviewer's click (permissions.request), never at
      // install: any http(s) site may be asked for, none is granted. Firefox MV2 lists them as optional_permissions.
      if (manifest.manifest_version === 3) manifest.optional_host_permissions = [...OPTIONAL_HOSTS];
      else manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...OPTIONAL_HOSTS];
    },
  },
});
