// Serves the built renderer for a plain browser (web mode) and prints the address.
import { preview } from 'vite';

const server = await preview({ preview: { host: '127.0.0.1', port: 4173, strictPort: true } });
console.log(`Recouvre (web mode) is served at http://127.0.0.1:4173`);
server.printUrls();
