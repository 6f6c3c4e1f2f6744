import { createRoot } from 'react-dom/client';
import { CompareApp } from '../../components/compare/CompareApp';
import '../../components/base.css';

createRoot(document.getElementById('root')!).render(<CompareApp />);
