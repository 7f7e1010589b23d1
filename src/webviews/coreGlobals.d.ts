/**
 * The core runs in Node and in browsers. Where it takes a faster path when Node is there
 * (core/matching/findNames.ts reads text through `Buffer` if it exists), it checks first; this
 * declares that optional global for the webview build, which has no Node types, without
 * letting the pages themselves use Node.
 */
declare const Buffer:
  | undefined
  | { from(text: string, encoding: 'utf16le'): { readonly buffer: ArrayBuffer; readonly byteOffset: number } };
