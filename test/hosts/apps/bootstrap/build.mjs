// The theme's static files: Bootstrap's CSS and JS bundle, the widgets' script-tag build
// and stylesheet (from the installed packages), the page and the theme's own code.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const cdn = dirname(fileURLToPath(import.meta.resolve('@smart-dairy/widgets/cdn')));
const bootstrap = dirname(dirname(fileURLToPath(import.meta.resolve('bootstrap'))));
rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/static/lib', { recursive: true });
cpSync(cdn, 'dist/static/lib/smart-dairy-widgets', { recursive: true });
cpSync(`${bootstrap}/css/bootstrap.min.css`, 'dist/static/lib/bootstrap.min.css');
cpSync(`${bootstrap}/js/bootstrap.bundle.min.js`, 'dist/static/lib/bootstrap.bundle.min.js');
for (const file of ['index.html', 'theme.js', 'shop-config.js']) cpSync(file, file === 'index.html' ? 'dist/index.html' : `dist/static/${file}`);
