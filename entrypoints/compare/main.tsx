import { createRoot } from 'react-dom/client';
import { CompareApp, startCompare } from '../../components/compare/CompareApp';
import '../../components/base.css';

const store = startCompare();
createRoot(document.getElementById('root')!).render(<CompareApp store={store} />);
