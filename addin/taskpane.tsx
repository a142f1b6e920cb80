/// <reference types="office-js" />
/** Entry of dist/addin/taskpane.html: the shared sidebar over the Excel host, once Office.js is ready. */
import { createRoot } from 'react-dom/client';
import { App } from '../shared/ui/App';
import { translator } from '../shared/ui/i18n';
import { toLocale } from '../shared/i18n/locale';
import { createWorkerRunner } from '../shared/ui/tasks/worker-runner';
import { createExcelHost } from './excel-host';
import { createAutoGovern } from './auto-govern';
import { attachEntryGovernor } from '../shared/host/entry-governor';

const root = document.getElementById('root');
if (!root) throw new Error('taskpane.html has no #root element');

void Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    // Opened in a plain browser: say where to go instead of failing on the first Excel.run.
    const t = translator(toLocale(navigator.language));
    root.textContent = t('taskpane.outsideExcel');
    return;
  }
  const core = createWorkerRunner(new URL('core-worker.js', document.baseURI));
  const host = createExcelHost();
  // Auto-govern follows the workbook's switch from the moment the pane opens.
  const governor = createAutoGovern({ run: (batch) => Excel.run(batch), office: Office, host });
  void governor.refresh();
  createRoot(root).render(<App host={attachEntryGovernor(host, governor)} core={core} />);
});
