/**
 * Test harness: tokenizes text with Marginalia's grammars the way VS Code does (same
 * vscode-textmate and Oniguruma WASM, injections wired from package.json's `contributes.grammars`)
 * and reports which character ranges carry the quotation scopes.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type IToken, type StateStack } from 'vscode-textmate';
import { BEGIN_MARK_SCOPE } from '../../../syntaxes/quotations.grammar';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
const MARKDOWN_GRAMMAR = path.join(__dirname, 'fixtures/markdown.tmLanguage.json');
const MARKDOWN_SCOPE = 'text.html.markdown';

/** One entry of package.json's `contributes.grammars`. */
export interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
  tokenTypes?: Record<string, 'string' | 'comment' | 'other' | 'regex'>;
}

export function grammarContributions(): GrammarContribution[] {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    contributes?: { grammars?: GrammarContribution[] };
  };
  return manifest.contributes?.grammars ?? [];
}

let onigLib: ReturnType<typeof loadOniguruma> | undefined;
function loadOniguruma() {
  const wasm = readFileSync(path.join(REPO_ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  return oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer).then(() => ({
    createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  }));
}

/** A registry wired like VS Code's: grammar files and injections from package.json. */
export function createRegistry(contributions = grammarContributions()): Registry {
  onigLib ??= loadOniguruma();
  return new Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      const file =
        scopeName === MARKDOWN_SCOPE
          ? MARKDOWN_GRAMMAR
          : contributions.find((c) => c.scopeName === scopeName)?.path;
      if (!file) return null;
      const absolute = path.resolve(REPO_ROOT, file);
      return parseRawGrammar(readFileSync(absolute, 'utf8'), absolute);
    },
    getInjections: (scopeName) =>
      contributions.filter((c) => c.injectTo?.includes(scopeName)).map((c) => c.scopeName),
  });
}

export type Host = 'plaintext' | 'markdown';

const grammars = new Map<Host, Promise<IGrammar>>();

/** The grammar VS Code would use for a `.txt` (plaintext) or `.md` (markdown) document. */
export function hostGrammar(host: Host): Promise<IGrammar> {
  let grammar = grammars.get(host);
  if (!grammar) {
    grammar = loadHostGrammar(host);
    grammars.set(host, grammar);
  }
  return grammar;
}

async function loadHostGrammar(host: Host): Promise<IGrammar> {
  const registry = createRegistry();
  const plain = grammarContributions().find((c) => c.language === 'plaintext');
  const loaded =
    host === 'markdown'
      ? await registry.loadGrammar(MARKDOWN_SCOPE)
      : await registry.loadGrammarWithConfiguration(plain?.scopeName ?? '', 1, { tokenTypes: toTokenTypes(plain?.tokenTypes) });
  if (!loaded) throw new Error(`no grammar for ${host}`);
  return loaded;
}

/** VS Code's translation of a contribution's `tokenTypes` (StandardTokenType numbers). */
export function toTokenTypes(tokenTypes: GrammarContribution['tokenTypes']): Record<string, number> {
  const numbers = { other: 0, comment: 1, string: 2, regex: 3 } as const;
  return Object.fromEntries(Object.entries(tokenTypes ?? {}).map(([selector, type]) => [selector, numbers[type]]));
}

/** A token with its offsets in the whole text (not in its line). */
export interface TextToken {
  start: number;
  end: number;
  scopes: string[];
}

/** Tokenizes every line of `text` (LF or CRLF), carrying the state from line to line. */
export function tokenizeText(grammar: IGrammar, text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let state: StateStack = INITIAL;
  let lineStart = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens as IToken[]) {
      const end = Math.min(token.endIndex, line.length);
      if (end > token.startIndex) tokens.push({ start: lineStart + token.startIndex, end: lineStart + end, scopes: token.scopes });
    }
    state = result.ruleStack;
    lineStart += rawLine.length + 1;
  }
  return tokens;
}

/** A passage of text carrying a quotation scope. */
export interface QuotedRange {
  start: number;
  end: number;
  text: string;
}

const QUOTATION_SCOPE = /^string\.quoted\.(double|single)(\.nested)?\.marginalia$/;

function quotationDepth(scopes: string[]): number {
  return scopes.filter((scope) => QUOTATION_SCOPE.test(scope)).length;
}

/**
 * The passages whose quotation nesting is at least `depth` (1: every quotation, 2: quotations
 * inside a quotation). A passage may span line breaks; a new opening mark starts a new passage
 * even when it touches the previous one.
 */
export function passagesAtDepth(tokens: TextToken[], text: string, depth: number): QuotedRange[] {
  const ranges: QuotedRange[] = [];
  let current: { start: number; end: number } | undefined;
  const close = () => {
    if (current) ranges.push({ ...current, text: text.slice(current.start, current.end) });
    current = undefined;
  };
  for (const token of tokens) {
    const tokenDepth = quotationDepth(token.scopes);
    if (tokenDepth < depth) {
      close();
      continue;
    }
    const opensHere = tokenDepth === depth && token.scopes[token.scopes.length - 1] === BEGIN_MARK_SCOPE;
    const continues = current && !opensHere && /^\r?\n?$/.test(text.slice(current.end, token.start));
    if (current && continues) {
      current.end = token.end;
    } else {
      close();
      current = { start: token.start, end: token.end };
    }
  }
  close();
  return ranges;
}

/** The quotation passages of `text` in a `.txt` or `.md` document. */
export async function quotedRanges(text: string, host: Host = 'plaintext'): Promise<QuotedRange[]> {
  return passagesAtDepth(tokenizeText(await hostGrammar(host), text), text, 1);
}

/** The passages of `text` that are quotations inside a quotation. */
export async function nestedRanges(text: string, host: Host = 'plaintext'): Promise<QuotedRange[]> {
  return passagesAtDepth(tokenizeText(await hostGrammar(host), text), text, 2);
}

/** Just the quoted strings, for assertions that read like the text. */
export async function quoted(text: string, host: Host = 'plaintext'): Promise<string[]> {
  return (await quotedRanges(text, host)).map((range) => range.text);
}
