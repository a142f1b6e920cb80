/**
 * Entry of dist/addin/demo.html: the sample customer list in an in-memory workbook.
 * ?lang=zh-CN|en-US, ?theme=light|dark, ?rows=20000 for a big sheet (progress bars and Cancel),
 * ?lists=2 for a second list (a trade show's leads) to combine and compare; ?today=YYYY-MM-DD for the
 * day the sample's dates are set against (default: today; its newest date is a week before it).
 * The file bar opens the user's own .xlsx/.csv in place of the sample and saves the result as .xlsx.
 */
import { createRoot } from 'react-dom/client';
import { createMemoryHost } from '../../host/memory-host';
import type { HostEnvironment } from '../../host/host';
import { toLocale } from '../../i18n/locale';
import { workbookFromSnapshot } from '../../plan/apply-plan';
import { createWorkerRunner } from '../tasks/worker-runner';
import { DemoSession } from './DemoSession';
import { bigSampleCustomers, sampleCustomers } from './sample-customers';
import { tradeShowList } from './trade-show-list';

const params = new URLSearchParams(window.location.search);
const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
const environment: HostEnvironment = {
  locale: toLocale(params.get('lang') ?? navigator.language),
  theme: (params.get('theme') ?? (prefersDark ? 'dark' : 'light')) === 'dark' ? 'dark' : 'light',
};
document.documentElement.lang = environment.locale;

const rows = Number(params.get('rows') ?? 0);
const asOf = new Date(params.get('today') ?? Date.now());
const sheet =
  Number.isInteger(rows) && rows > 0 ? bigSampleCustomers(Math.min(rows, 200_000), asOf) : sampleCustomers(asOf);
const workbook = workbookFromSnapshot(sheet);
if (params.get('lists') === '2') workbook.sheets.push(workbookFromSnapshot(tradeShowList()).sheets[0]!);
const host = createMemoryHost(workbook, { environment });
const core = createWorkerRunner(new URL('core-worker.js', document.baseURI));

const root = document.getElementById('root');
if (!root) throw new Error('demo.html has no #root element');
createRoot(root).render(<DemoSession host={host} core={core} environment={environment} />);
