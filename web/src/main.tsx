// Entry point: reads the per-request CSP nonce, applies the saved preferences and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { applyToDocument, loadPreferences } from './preferences/storage.ts';
import './styles/global.css';
import './styles/header.css';
import './styles/page.css';
import './styles/home.css';
import './styles/areas.css';
import './styles/identity.css';
import './styles/catalog-portal.css';

/** The server replaces the placeholder with a fresh nonce per response (see DESIGN.md §4). */
function readCspNonce(): string | undefined {
  const content = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content');
  return content && content !== '__CSP_NONCE__' ? content : undefined;
}

applyToDocument(loadPreferences());

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App nonce={readCspNonce()} />
  </StrictMode>,
);
