// Lets an integration test look at what the workbench renders. The suite runs in the
// extension host, which cannot see the page; this local HTTP endpoint (127.0.0.1, a random
// port, only for the run's lifetime) evaluates an expression in the page and answers its JSON
// value. The runner hands the address to the server as MARGINALIA_PAGE_PROBE, which the
// extension host inherits; tests skip their rendering checks when it is absent (electron runner).
import * as http from 'node:http';
import { log, onCleanup } from './vscode-server.mjs';

/**
 * @param {() => import('playwright-core').Page | undefined} getPage the page once it exists
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startPageProbe(getPage) {
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', async () => {
      const answer = (status, value) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(value));
      };
      const page = getPage();
      if (request.method !== 'POST' || request.url !== '/evaluate') return answer(404, { error: 'POST /evaluate only' });
      if (!page) return answer(503, { error: 'the page is not open yet' });
      try {
        answer(200, { value: await page.evaluate(body) });
      } catch (error) {
        answer(500, { error: error?.message ?? String(error) });
      }
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const close = onCleanup(() => new Promise((resolve) => server.close(() => resolve())));
  const url = `http://127.0.0.1:${server.address().port}`;
  log(`page probe on ${url}`);
  return { url, close };
}
