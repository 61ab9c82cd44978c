/**
 * The build-time minifier of Lit's templates (scripts/minify-templates.ts): what it
 * removes, what it must leave alone, and that the JavaScript around the templates
 * (expressions, escapes, source maps) comes out unchanged in meaning.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { describe, expect, it } from 'vitest';
import { minifyEsm } from '../../scripts/minify-esm.js';
import { minifyCss, minifyHtml, minifyTemplates } from '../../scripts/minify-templates.js';

/** A template written as Lit sees it: `${}` marks where an expression goes. */
const parts = (template: string) => template.split('${}');
const html = (template: string) => minifyHtml(parts(template)).join('${}');
const css = (template: string) => minifyCss(parts(template)).join('${}');

describe('HTML', () => {
  it.each([
    ['indentation becomes one space, never none', '\n  <div>\n    <p>a</p>\n  </div>\n', ' <div> <p>a</p> </div> '],
    ['a space between inline elements stays', '<b>a</b> <b>b</b>', '<b>a</b> <b>b</b>'],
    ['a line break between inline elements is one space', '<b>a</b>\n      <b>b</b>', '<b>a</b> <b>b</b>'],
    ['text runs collapse to one space', '<p>Your   cart\n\t is  empty</p>', '<p>Your cart is empty</p>'],
    ['no space appears where there was none', '<b>a</b><i>b</i>c', '<b>a</b><i>b</i>c'],
    ['comments go', '<p>a</p><!-- note --><p>b</p>', '<p>a</p><p>b</p>'],
    ['a comment between words joins nothing new', 'a<!-- x -->b and c <!-- y --> d', 'ab and c d'],
    ['tags lose the whitespace before >', '<div\n  part="base"\n  class="x"\n>a</div\n>', '<div part="base" class="x">a</div>'],
    ['after a quoted value, the space before /> goes', '<path d="M3 8h10" />', '<path d="M3 8h10"/>'],
    ['attribute values stay as written', '<p title="  a   b  " class="x  y" data-x=\'  1 \'>t</p>', '<p title="  a   b  " class="x  y" data-x=\'  1 \'>t</p>'],
    ['a > inside a value is not the end of the tag', '<p title="a  >  b"   id="x">t</p>', '<p title="a  >  b" id="x">t</p>'],
    ['pre keeps its whitespace', '<pre>  a\n    b  </pre>\n  <p> c </p>', '<pre>  a\n    b  </pre> <p> c </p>'],
    ['textarea keeps its whitespace', '<textarea>\n  x  y\n</textarea>', '<textarea>\n  x  y\n</textarea>'],
    ['whatever the case of the tag', '<PRE>  a  </PRE>  b', '<PRE>  a  </PRE> b'],
    ['pre keeps the markup inside it as written', '<pre><b>  a  </b>\n<!-- c --></pre>', '<pre><b>  a  </b>\n<!-- c --></pre>'],
    ['script and style stay as written', '<style>\n  .a  { }\n</style>\n<script>\n  a  =  1\n</script>', '<style>\n  .a  { }\n</style> <script>\n  a  =  1\n</script>'],
    ['SVG text keeps its whitespace', '<svg>\n  <text x="1">\n  a  b\n  </text>\n</svg>', '<svg> <text x="1">\n  a  b\n  </text> </svg>'],
    ['a < that opens no tag is text', '<p>1  <  2</p>', '<p>1 < 2</p>'],
    ['a no-break space is not whitespace', '<p>a\u00a0\u00a0b &nbsp; c</p>', '<p>a\u00a0\u00a0b &nbsp; c</p>'],
    ['doctype and processing instructions stay', '<!DOCTYPE  html>\n<?x  y?>', '<!DOCTYPE  html> <?x  y?>'],
  ])('%s', (_, input, output) => {
    expect(html(input)).toBe(output);
  });

  it.each([
    ['text expressions keep the one space between them', '${}  ${}\n\n${}', '${} ${} ${}'],
    ['an expression in text keeps the space around it', '<p>\n  ${}\n</p>', '<p> ${} </p>'],
    ['bindings keep one space between them', '<input\n  .value=${}\n  ?disabled=${}\n  @input=${}\n  aria-label="${}"\n>', '<input .value=${} ?disabled=${} @input=${} aria-label="${}">'],
    ['an unquoted binding keeps the space before />', '<input .value=${} />', '<input .value=${} />'],
    ['a quoted value holding expressions stays as written', '<p title="  ${}   and  ${}  ">x</p>', '<p title="  ${}   and  ${}  ">x</p>'],
    ['an element binding keeps its spaces, not before >', '<div ${}  ${} >x</div>', '<div ${} ${}>x</div>'],
    ['a comment holding an expression stays', '<p>a</p>  <!--  ${}  -->  <p>b</p>', '<p>a</p> <!--  ${}  --> <p>b</p>'],
    ['pre holding an expression stays as written', '<pre>  ${}\n  ${}  </pre>  x', '<pre>  ${}\n  ${}  </pre> x'],
    ['an expression in a tag name position is left alone', '<  ${}  >', '< ${} >'],
  ])('%s', (_, input, output) => {
    expect(html(input)).toBe(output);
  });

  it('keeps the number of parts, empty ones included', () => {
    expect(minifyHtml(['', '', '  ', ''])).toEqual(['', '', ' ', '']);
  });
});

describe('CSS', () => {
  it.each([
    ['comments go, whitespace collapses', '\n  /* tokens */\n  :host {\n    display: block;\n  }\n', ':host{display:block}'],
    ['selectors tighten around , and >', '.a  >  .b ,\n .c', '.a>.b,.c'],
    ['a descendant combinator before : stays', ':host([open]) :focus-visible , .a :hover{x:y}', ':host([open]) :focus-visible,.a :hover{x:y}'],
    ['+ and ~ keep their spaces', '.a  +  .b ~ .c', '.a + .b ~ .c'],
    ['calc keeps the spaces + and - need', 'width: calc(100%  -  2 * var(--x,  1px)  +  1px);', 'width:calc(100% - 2 * var(--x,1px) + 1px);'],
    ['a media query keeps the space before (', '@media screen and (min-width: 600px) , print { .a { b: c } }', '@media screen and (min-width:600px),print{.a{b:c}}'],
    ['!important', '.a { display: none  !important ; }', '.a{display:none!important}'],
    ['the last ; of a block goes', '.a { b: c; d: e; }', '.a{b:c;d:e}'],
    ['strings stay as written', '.a::before { content: "  /* not a comment */  " ; b: \'  x ; } \' }', '.a::before{content:"  /* not a comment */  ";b:\'  x ; } \'}'],
    ['an escaped quote inside a string', '.a { content: "a \\" /* b */" }', '.a{content:"a \\" /* b */"}'],
    ['an unquoted url() stays as written', '.a { background: url( data:image/svg+xml;utf8,<svg a="1">  </svg> ) ; }', '.a{background:url( data:image/svg+xml;utf8,<svg a="1">  </svg> )}'],
    ['a quoted url() is a string', '.a { b: url(  "x  y.png"  ) }', '.a{b:url("x  y.png")}'],
    ['escapes: a hex escape ends at one space, the next is a combinator', '.a\\31  .b, .c\\:hover { }', '.a\\31  .b,.c\\:hover{}'],
    ['an escaped space is kept', '.a\\  { b: c }', '.a\\ {b:c}'],
    ['a comment between two words still separates them', 'a/**/b', 'a b'],
    ['a comment next to punctuation leaves nothing', '.a/* x */{/* y */b:c/* z */}', '.a{b:c}'],
    ['keyframes', '@keyframes spin {\n  to {\n    transform: rotate(360deg);\n  }\n}', '@keyframes spin{to{transform:rotate(360deg)}}'],
  ])('%s', (_, input, output) => {
    expect(css(input)).toBe(output);
  });

  it.each([
    ['an expression as a value', ':host {\n  color: ${};\n  width: ${}px;\n}', ':host{color:${};width:${}px}'],
    ['an expression as a rule keeps a space before a selector', '${}\n  .a { b: c }\n  ${}\n', '${} .a{b:c}${}'],
    ['between two expressions, one space', '${}   ${}', '${} ${}'],
    ['a comment holding an expression stays', '.a { /* ${} */ b: c; }', '.a{/* ${} */ b:c}'],
    ['a string holding an expression stays', '.a { content: "  ${}  " }', '.a{content:"  ${}  "}'],
  ])('%s', (_, input, output) => {
    expect(css(input)).toBe(output);
  });
});

/** Runs a module's code with html/css/svg tags that record what Lit would receive. */
function received(code: string): Array<{ tag: string; strings: string[]; values: unknown[] }> {
  const calls: Array<{ tag: string; strings: string[]; values: unknown[] }> = [];
  const tag =
    (name: string) =>
    (strings: TemplateStringsArray, ...values: unknown[]) => {
      calls.push({ tag: name, strings: [...strings], values });
      return name;
    };
  new Function('html', 'css', 'svg', 'sql', code)(tag('html'), tag('css'), tag('svg'), tag('sql'));
  return calls;
}

describe('modules', () => {
  const module = [
    'const name = "Ghee";',
    'const view = html`',
    '  <div part="base">',
    '    ${name ? html`<span>  ${name}  </span>` : ""}',
    '    <p>${ name  +  "  x  " }</p>',
    '  </div>',
    '`;',
    'const styles = css`',
    '  :host { display: block; }',
    '`;',
    'const icon = svg`<path d="M1 2" />`;',
    'const query = sql`SELECT  *   FROM  t`;',
    'const plain = `  <b>  keep  </b>  `;',
    'const escaped = html`\\`  \\${x}  \\\\  \\u00a0  \\n  <b>y</b>`;',
    'const last = html`<p>  ${plain}  ${escaped}  </p>`;',
  ].join('\n');

  it('minifies html, css and svg templates, nested ones too, and leaves the rest and every expression alone', async () => {
    const result = await minifyTemplates(module, 'view.js');
    expect(result).not.toBeNull();
    expect(received(result!.code)).toEqual([
      { tag: 'html', strings: ['<span> ', ' </span>'], values: ['Ghee'] },
      { tag: 'html', strings: [' <div part="base"> ', ' <p>', '</p> </div> '], values: ['html', 'Ghee  x  '] },
      { tag: 'css', strings: [':host{display:block}'], values: [] },
      { tag: 'svg', strings: ['<path d="M1 2"/>'], values: [] },
      { tag: 'sql', strings: ['SELECT  *   FROM  t'], values: [] },
      // Escapes keep their meaning: a backquote, a literal ${, a backslash, a no-break space; a newline is whitespace.
      { tag: 'html', strings: ['` ${x} \\ \u00a0 <b>y</b>'], values: [] },
      { tag: 'html', strings: ['<p> ', ' ', ' </p>'], values: ['  <b>  keep  </b>  ', 'html'] },
    ]);
    // The expressions' source is untouched, byte for byte.
    expect(result!.code).toContain('${ name  +  "  x  " }');
  });

  it('reads TypeScript (decorators, types) by the file name', async () => {
    const source = [
      "import { LitElement, css, html } from 'lit';",
      'class A extends LitElement {',
      '  static override styles = css`\n  :host { color: red; }\n`;',
      '  @property({ type: Number }) count: number = 0;',
      '  override render(): unknown { return html`\n  <p>${this.count as number}</p>\n`; }',
      '}',
    ].join('\n');
    const result = await minifyTemplates(source, 'a.component.ts');
    expect(result!.code).toContain('css`:host{color:red}`');
    expect(result!.code).toContain('html` <p>${this.count as number}</p> `');
  });

  it('leaves a template with an invalid escape as written, and returns null when nothing changes', async () => {
    expect(await minifyTemplates('const a = html`\\xZ  <b>  </b>`;', 'a.js')).toBeNull();
    expect(await minifyTemplates('const a = html`<b>a</b> <i>b</i>`;', 'a.js')).toBeNull();
    expect(await minifyTemplates('const a = 1;', 'a.js')).toBeNull();
  });

  it('leaves text that only looks like a template in a string or a comment', async () => {
    const source = 'const a = "html`  <b>  </b>  `"; // css`  a  { }  `\nconst b = html`  <i>  </i>  `;';
    expect((await minifyTemplates(source, 'a.js'))!.code).toBe('const a = "html`  <b>  </b>  `"; // css`  a  { }  `\nconst b = html` <i> </i> `;');
  });

  it('source maps lead the code after a template back to its line in the original', async () => {
    const result = await minifyTemplates(module, 'view.js');
    const lines = result!.code.split('\n');
    const line = lines.findIndex((text) => text.includes('const query'));
    const column = lines[line]!.indexOf('const query');
    const original = originalPositionFor(new TraceMap(result!.map as never), { line: line + 1, column });
    expect(original).toMatchObject({ line: module.split('\n').findIndex((text) => text.includes('const query')) + 1, column: 0 });
  });
});

describe('the npm build step', () => {
  it('minifies each module of a tsc output folder and composes its source map with tsc’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minify-esm-'));
    const js = ['export const styles = css `', '  :host {', '    display: block;', '  }', '`;', 'export const after = 1;', '//# sourceMappingURL=a.js.map'].join('\n');
    // tsc's map: each generated line i comes from source line i + 10 (column 0), from ../src/a.ts.
    const mappings = js
      .split('\n')
      .slice(0, -1)
      .map((_, line) => (line === 0 ? 'AAUA' : 'AACA'))
      .join(';');
    writeFileSync(join(dir, 'a.js'), js);
    writeFileSync(join(dir, 'a.js.map'), JSON.stringify({ version: 3, file: 'a.js', sourceRoot: '', sources: ['../src/a.ts'], names: [], mappings }));
    writeFileSync(join(dir, 'b.js'), 'export const b = 1;\n');

    expect(await minifyEsm(dir)).toMatchObject({ files: 1 });
    const code = readFileSync(join(dir, 'a.js'), 'utf8');
    expect(code).toBe(['export const styles = css `:host{display:block}`;', 'export const after = 1;', '//# sourceMappingURL=a.js.map'].join('\n'));
    expect(readFileSync(join(dir, 'b.js'), 'utf8')).toBe('export const b = 1;\n');
    const map = JSON.parse(readFileSync(join(dir, 'a.js.map'), 'utf8')) as { file: string; sources: string[] };
    expect(map).toMatchObject({ file: 'a.js', sources: ['../src/a.ts'] });
    // `export const after` was generated line 6, source line 16; it is now generated line 2.
    expect(originalPositionFor(new TraceMap(map as never), { line: 2, column: 0 })).toMatchObject({ source: '../src/a.ts', line: 16, column: 0 });
  });
});
