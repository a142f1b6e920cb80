/** Entry of dist/appsscript/Sidebar.html: the shared sidebar over the Google Sheets host. */
import { createRoot } from 'react-dom/client';
import { App } from '../../shared/ui/App';
import { createSheetsHost } from './sheets-host';
import { openView, requestedView } from './open-view';

const root = document.getElementById('root');
if (!root) throw new Error('Sidebar.html has no #root element');

createRoot(root).render(<App host={createSheetsHost()} />);
const view = requestedView(root);
if (view) openView(root, view);
