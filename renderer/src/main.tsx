import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, isLanguage } from './i18n';
import { platform } from './platform';
import { App } from './ui/App';
import './ui/styles.css';

async function start() {
  const stored = await platform.readSettings<string>('language').catch(() => undefined);
  await initI18n(isLanguage(stored) ? stored : 'fr');
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
