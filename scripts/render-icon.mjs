#!/usr/bin/env node
// `node scripts/render-icon.mjs`: renders media/icon.svg to media/icon.png (128×128, the
// Marketplace icon) with the headless Chromium the integration tests use.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from './lib/vscode-server.mjs';

const SIZE = 128;
const browser = await chromium.launch({ executablePath: process.env.MARGINALIA_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  const svg = readFileSync(path.join(repoRoot, 'media', 'icon.svg'), 'utf8');
  await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg style="display:block;width:${SIZE}px;height:${SIZE}px" `)}</body>`);
  await page.locator('svg').screenshot({ path: path.join(repoRoot, 'media', 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
