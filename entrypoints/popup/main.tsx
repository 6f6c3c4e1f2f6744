import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/base.css';

createRoot(document.getElementById('root')!).render(<PopupApp />);
