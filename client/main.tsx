import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './ui/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount Concord in');
// No StrictMode: its double effects would route the video's audio into Web Audio twice, which browsers refuse.
createRoot(container).render(<App />);
