/** Replaced at build time by esbuild and vitest `define` with package.json's version. */
declare const SCRAPBOX_LENS_VERSION: string;
