// Lets an integration test look at what the workbench renders. The suite runs in the
// extension host, which cannot see the page; this local HTTP endpoint (127.0.0.1, a random
// port, only for the run's lifetime) evaluates an expression in the page and answers its JSON
// value. The runner hands the address to the server as MARGINALIA_PAGE_PROBE, which the
// extension host inherits; tests skip their rendering checks when it is absent (electron runner).
import * as http from 'node:http';
import { log, onCleanup } from './vscode-server.mjs';

/**
 * Webviews live in nested iframes of the page (another origin), out of reach of the page's own
 * scripts: the expression runs in every frame and the first value other than null or undefined
 * answers (null when no frame gives one). Frames that go away meanwhile are skipped.
 * @param {import('playwright-core').Page} page
 * @param {string} expression
 */
async function evaluateInFrames(page, expression) {
  for (const frame of page.frames()) {
    const value = await frame.evaluate(expression).catch(() => undefined);
    if (value !== undefined && value !== null) return value;
  }
  return null;
}

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
      const inFrames = request.url === '/evaluate-in-frames';
      if (request.method !== 'POST' || (request.url !== '/evaluate' && !inFrames)) {
        return answer(404, { error: 'POST /evaluate or /evaluate-in-frames only' });
      }
      if (!page) return answer(503, { error: 'the page is not open yet' });
      try {
        answer(200, { value: inFrames ? await evaluateInFrames(page, body) : await page.evaluate(body) });
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
