/**
 * The product guide's content: its JSON shape (documented in the element's JSDoc),
 * checked by hand (it is a host's input, and each mistake is said with where it is),
 * and the schema.org FAQPage JSON-LD that `structured-data` puts in the page's head.
 */
import { singleton } from '../../internal/registry.js';

export interface GuideTable {
  caption?: string;
  /** Column headings; the first column's cells are row headings. */
  columns: string[];
  /** Each row has one cell per column. */
  rows: string[][];
}

export interface GuideSection {
  title: string;
  /** Paragraphs. */
  text?: string[];
  /** Bullet points. */
  list?: string[];
  table?: GuideTable;
}

export interface GuideFaq {
  question: string;
  /** Paragraphs. */
  answer: string[];
}

export interface GuideContent {
  sections: GuideSection[];
  faqs: GuideFaq[];
  /** The FAQ heading (default: "Frequently asked questions", localised). */
  faqTitle?: string;
}

/** A guide that does not have the documented shape; the message says where and what was expected. */
export class GuideShapeError extends Error {}

type Read<T> = (value: unknown, path: string) => T;

const describe = (value: unknown): string =>
  Array.isArray(value) ? `an array of ${value.length}` : value === null ? 'null' : typeof value === 'string' ? (value.trim() === '' ? 'empty text' : `text of ${value.length} characters`) : typeof value;
const fail = (path: string, expected: string, value: unknown): never => {
  throw new GuideShapeError(`${path} should be ${expected}, not ${describe(value)}`);
};

const text =
  (max: number): Read<string> =>
  (value, path) =>
    typeof value === 'string' && value.trim() !== '' && value.length <= max ? value.trim() : fail(path, `text of 1 to ${max} characters`, value);

/** Table cells may be numbers too (165, 3.5): shown as written. */
const cell: Read<string> = (value, path) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : text(200)(value, path));

const array =
  <T>(item: Read<T>, min: number, max: number): Read<T[]> =>
  (value, path) =>
    Array.isArray(value) && value.length >= min && value.length <= max ? value.map((entry, i) => item(entry, `${path}[${i}]`)) : fail(path, `an array of ${min} to ${max} entries`, value);

/** One paragraph as a string, or several as an array of strings. */
const paragraphs: Read<string[]> = (value, path) => (typeof value === 'string' ? [text(2000)(value, path)] : array(text(2000), 1, 20)(value, path));

const record = (value: unknown, path: string): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : fail(path, 'an object', value);

const table: Read<GuideTable> = (value, path) => {
  const { caption, columns, rows } = record(value, path);
  const heads = array(text(100), 1, 8)(columns, `${path}.columns`);
  const body = array(array(cell, heads.length, heads.length), 1, 50)(rows, `${path}.rows`);
  return { ...(caption === undefined ? {} : { caption: text(200)(caption, `${path}.caption`) }), columns: heads, rows: body };
};

const section: Read<GuideSection> = (value, path) => {
  const given = record(value, path);
  const read: GuideSection = { title: text(200)(given.title, `${path}.title`) };
  if (given.text !== undefined) read.text = paragraphs(given.text, `${path}.text`);
  if (given.list !== undefined) read.list = array(text(500), 1, 30)(given.list, `${path}.list`);
  if (given.table !== undefined) read.table = table(given.table, `${path}.table`);
  if (!read.text && !read.list && !read.table) fail(path, 'a section with text, list or table', value);
  return read;
};

const faq: Read<GuideFaq> = (value, path) => {
  const given = record(value, path);
  return { question: text(300)(given.question, `${path}.question`), answer: paragraphs(given.answer, `${path}.answer`) };
};

/**
 * The guide from parsed JSON, or a GuideShapeError. Keys other than the documented
 * ones are ignored; nothing of the input is kept but checked strings.
 */
export function readGuide(value: unknown): GuideContent {
  const given = record(value, 'the guide');
  const sections = given.sections === undefined ? [] : array(section, 0, 20)(given.sections, 'sections');
  const faqs = given.faqs === undefined ? [] : array(faq, 0, 50)(given.faqs, 'faqs');
  if (sections.length === 0 && faqs.length === 0) fail('the guide', 'an object with "sections" or "faqs"', []);
  return { sections, faqs, ...(given.faqTitle === undefined ? {} : { faqTitle: text(200)(given.faqTitle, 'faqTitle') }) };
}

/** schema.org FAQPage for search engines, as JSON safe to put in a script element (no "<" left raw). */
export function faqPageJson(faqs: GuideFaq[]): string {
  const page = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faqs.map(({ question, answer }) => ({ '@type': 'Question', name: question, acceptedAnswer: { '@type': 'Answer', text: answer.join('\n\n') } })),
  };
  return JSON.stringify(page).replace(/</g, '\\u003c');
}

interface HeadScript {
  script: HTMLScriptElement;
  /** Which elements need it, and what each would put in it (the first one's is shown). */
  holders: Map<object, string>;
}

/** The FAQPage scripts in the head (`doc`'s: the page's, or a test's frame), one per product (key), shared page-wide (and with a second copy of the library). */
const heads = () => singleton('faq-structured-data', () => new Map<string, HeadScript>());

/**
 * Keeps ONE `<script type="application/ld+json" data-sd-faq="<key>">` in the head
 * while any holder needs it. Built with a Text node: the JSON is never parsed as
 * HTML, and a page that enforces Trusted Types accepts it (setting a script's
 * `textContent` there throws).
 */
export function holdStructuredData(holder: object, key: string, json: string, doc: Document = document): void {
  releaseStructuredData(holder, key);
  const all = heads();
  let head = all.get(key);
  if (!head) {
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.sdFaq = key;
    head = { script, holders: new Map() };
    all.set(key, head);
  }
  head.holders.set(holder, json);
  show(head);
}

/** The holder no longer needs its script (or any but `keep`); the last holder's going removes it. */
export function releaseStructuredData(holder: object, keep?: string): void {
  for (const [key, head] of heads()) {
    if (key === keep || !head.holders.delete(holder)) continue;
    if (head.holders.size > 0) show(head);
    else {
      head.script.remove();
      heads().delete(key);
    }
  }
}

function show({ script, holders }: HeadScript): void {
  const json = holders.values().next().value!;
  const doc = script.ownerDocument;
  if (script.textContent !== json) {
    // Trusted Types refuses textContent, text and replaceChildren on a script; appending a Text node passes.
    script.firstChild?.remove();
    script.appendChild(doc.createTextNode(json));
  }
  if (!script.isConnected) doc.head.append(script);
}
