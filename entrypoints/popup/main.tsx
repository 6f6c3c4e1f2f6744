import { createRoot } from 'react-dom/client';
import { PopupApp, startPopup } from '../../components/popup/PopupApp';
import '../../components/base.css';

const store = startPopup();
createRoot(document.getElementById('root')!).render(<PopupApp store={store} />);
