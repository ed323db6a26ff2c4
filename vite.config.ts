import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { contentMessages } from './scripts/lib/content-messages';

export default defineConfig({
  plugins: [preact(), crx({ manifest }), contentMessages()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    // Extension code is reviewed by stores and read by IT: keep it readable (names and layout as
    // written; the repository holds the documented source).
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: {
        report: 'src/ui/report/index.html',
        guide: 'src/ui/guide/index.html',
        parent: 'src/ui/parent/index.html',
      },
      // A content script's source stays in every meeting tab's memory. All-ASCII text is held at one
      // byte a character, any other character makes it two: letters outside ASCII are escaped
      // (strings, regexes) and doc comments, full of dashes and Vietnamese, are left out.
      output: { charset: 'ascii', comments: { legal: true, annotation: true, jsdoc: false } },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
