import { defineConfig } from 'wxt';

// Test pages are served by Playwright at the fixtures' real URLs; a simulated icon click does not
// grant activeTab, so only the e2e build asks for host access everywhere.
export default defineConfig({
  srcDir: '.',
  // Firefox too gets MV3: the code uses action + scripting, which its MV2 lacks (browserAction).
  manifestVersion: 3,
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // unlimitedStorage: a researcher reads thousands of reports, each remembered for the cross-year checks
    // (1–2 kB a report), past storage.local's 10 MB. It asks the user for nothing.
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'clipboardWrite'],
    host_permissions: mode === 'e2e' ? ['<all_urls>'] : ['*://*.gov.cn/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // The icon's click from the keyboard, for readers who go through reports one after another (the browser's
    // shortcuts page lets them change it).
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+G' } } },
    // Firefox MV3 wants an add-on id (storage.sync) and a data-collection statement: none is collected.
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'govreport-lens@govreport.invalid', data_collection_permissions: { required: ['none'] } } },
    }),
  }),
});
