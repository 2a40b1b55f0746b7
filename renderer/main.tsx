import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The base styles come first so each feature's stylesheet can build on them.
import './styles/base.css';
import { Shell } from './shell/Shell';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Shell />
  </StrictMode>,
);
