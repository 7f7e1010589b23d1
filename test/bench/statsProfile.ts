/**
 * Where `marginalia stats --by speaker` spends its time on the large workspace's 10,000
 * articles (issue 18): generates them as largeWorkspace.bench.ts does, then times each stage.
 * `npx tsx test/bench/statsProfile.ts [COUNT] [--keep]`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { findSidecars } from '../../src/cli/findSidecars';
import { runStats } from '../../src/cli/stats';
import { sidecarCodec, isReadable } from '../../src/cli/sidecarAdapter';
import { normalizeText } from '../../src/core/anchoring';
import { buildArticleView } from '../../src/core/article/view';
import { articlePathFor } from '../../src/core/model';
import { decodeArticle } from '../../src/core/sidecar';
import { generate } from './largeWorkspace.bench';

const count = Number(process.argv[2] ?? 10_000);
const { folder } = generate(count);
const stage = (name: string, run: () => unknown) => {
  const start = process.cpuUsage();
  const result = run();
  const { user, system } = process.cpuUsage(start);
  console.log(`${name}: ${((user + system) / 1000).toFixed(0)} ms`);
  return result;
};
try {
  const sidecars = stage('find sidecars', () => findSidecars([folder])) as string[];
  const sources = stage('read sidecars', () => sidecars.map((path) => readFileSync(path, 'utf8'))) as string[];
  const parsed = stage('parse sidecars', () => sources.map((source) => sidecarCodec.parse(source))) as ReturnType<typeof sidecarCodec.parse>[];
  const bytes = stage('read articles', () => sidecars.map((path) => readFileSync(articlePathFor(path)!))) as Buffer[];
  const texts = stage('decode articles', () => bytes.map((b) => normalizeText(decodeArticle(b).text))) as string[];
  stage('build views', () => texts.map((text, i) => { const p = parsed[i]!; return isReadable(p) ? buildArticleView(text, p.annotations) : undefined; }));
  const io = { cwd: folder, out: '', stdout: (text: string) => void (io.out += text), stderr: () => undefined };
  stage('runStats --by speaker --json', () => runStats(['--by', 'speaker', '--json', '.'], io));
  if (process.argv.includes('--keep')) console.log(`kept ${folder}`);
} finally {
  if (!process.argv.includes('--keep')) rmSync(folder, { recursive: true, force: true });
}
