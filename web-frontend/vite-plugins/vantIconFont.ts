import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const ICON_CSS = /[\\/]vant[\\/]es[\\/]icon[\\/]index\.css$/;
// the font as Vant ships it: a base64 woff2 in the stylesheet, then a woff from a CDN
const FONT_SRC = /src:\s*url\(data:font\/woff2;charset=utf-8;base64,([A-Za-z0-9+/=]+)\)\s*format\("woff2"\)(?:,\s*url\([^)]*\)\s*format\("woff"\))?/;

/**
 * Vant's icon font (25 kB) as a file of its own instead of a base64 string inside the CSS that
 * every first paint waits for: the browser fetches it only when an icon is shown, and caches it
 * like any hashed asset. The CDN fallback goes too (the CSP allows fonts from the site only).
 */
export function vantIconFont(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'vant-icon-font-file',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    transform(code, id) {
      if (!ICON_CSS.test(id)) return null;
      const found = FONT_SRC.exec(code);
      if (!found) {
        this.warn('the vant-icon @font-face has changed: the font stays inline in the CSS');
        return null;
      }
      const file = join(config.cacheDir, 'vant-icon', 'vant-icon.woff2');
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, Buffer.from(found[1], 'base64'));
      const url = relative(dirname(id), file).split('\\').join('/');
      // block: an icon's code point must never be drawn in a fallback font
      return code
        .replace(found[0], `src:url("${url}") format("woff2")`)
        .replace(/font-display:\s*auto/, 'font-display:block');
    },
  };
}
