/** The flat suffix trie that tldts ships (read at build time by src/lib/url/suffix/compile.node.ts). */
declare module "tldts/dist/es6/src/data/trie.js" {
  export const nodeFlags: Uint8Array;
  export const edgeStart: Uint16Array | Uint32Array;
  export const edgeLength: Uint8Array;
  export const edgeChild: Uint16Array | Uint32Array;
  export const labelText: string;
  export const rulesRoot: number;
  export const exceptionsRoot: number;
}
