// What a theme developer does: copy the script-tag build (and its stylesheet) out of
// the installed package into the site's static files, beside the page.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package's ./cdn export is dist/cdn/smart-dairy-widgets.js; its folder also has
// the Bengali wording (loaded beside it on Bengali pages) and the stylesheet.
const cdn = dirname(fileURLToPath(import.meta.resolve('@smart-dairy/widgets/cdn')));
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/static', { recursive: true });
cpSync(cdn, 'dist/static', { recursive: true });
for (const file of ['index.html', 'config.js', 'page.js']) cpSync(file, `dist/${file}`);
