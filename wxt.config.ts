import { defineConfig } from 'wxt';

// Test pages are served by Playwright at the fixtures' real URLs; a simulated icon click does not
// grant activeTab, so only the e2e build asks for host access everywhere.
export default defineConfig({
  srcDir: '.',
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage', 'clipboardWrite'],
    host_permissions: mode === 'e2e' ? ['<all_urls>'] : ['*://*.gov.cn/*'],
    action: { default_title: '__MSG_actionTitle__' },
  }),
});
