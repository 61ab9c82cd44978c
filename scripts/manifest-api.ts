/**
 * The public API of each element, read from the custom-elements manifest
 * (dist/custom-elements.json, written by `npx cem analyze` from the JSDoc).
 * One reading for Storybook's Docs pages (.storybook/docs.ts) and the README's
 * per-element reference (scripts/readme-elements.ts), so the two cannot disagree.
 * No Node or browser APIs: both load it.
 */

export interface Described {
  name: string;
  description?: string;
}

export interface AttributeApi extends Described {
  /** The property it sets. */
  field?: string;
  type?: string;
  default?: string;
}

export interface PropertyApi extends Described {
  attribute?: string;
  type?: string;
  default?: string;
  readonly?: boolean;
  reflects?: boolean;
}

export interface MethodApi extends Described {
  signature: string;
}

export interface ElementApi {
  tag: string;
  className: string;
  /** Where the class is, e.g. `src/components/quick-add/quick-add.component.ts`. */
  path: string;
  summary: string;
  description: string;
  attributes: AttributeApi[];
  properties: PropertyApi[];
  methods: MethodApi[];
  events: Described[];
  slots: Described[];
  parts: Described[];
  cssProperties: Described[];
}

// The parts of the manifest's schema read here.
interface ManifestMember {
  kind: string;
  name: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  reflects?: boolean;
  attribute?: string;
  default?: string;
  type?: { text?: string };
  parameters?: { name: string; type?: { text?: string }; optional?: boolean }[];
  return?: { type?: { text?: string } };
}
interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: ManifestMember[];
  attributes?: { name: string; fieldName?: string; description?: string; default?: string; type?: { text?: string } }[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
export interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

/** Platform callbacks of form-associated elements: the browser calls them, hosts never do. */
const isPlatformCallback = (name: string) => /Callback$/.test(name);
const isPublic = (member: ManifestMember) =>
  !member.static && (member.privacy === undefined || member.privacy === 'public') && !member.name.startsWith('_') && !member.name.startsWith('#');

const clean = (text: string | undefined) => (text ?? '').trim();

export function elementsOf(manifest: Manifest): ElementApi[] {
  const elements: ElementApi[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName || !declaration.customElement) continue;
      const members = (declaration.members ?? []).filter(isPublic);
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        path: module.path,
        summary: clean(declaration.summary),
        description: clean(declaration.description),
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          field: attribute.fieldName,
          type: attribute.type?.text,
          default: attribute.default,
          description: clean(attribute.description),
        })),
        properties: members
          .filter((member) => member.kind === 'field')
          .map((member) => ({
            name: member.name,
            attribute: member.attribute,
            type: member.type?.text,
            default: member.default,
            readonly: member.readonly,
            reflects: member.reflects,
            description: clean(member.description),
          })),
        methods: members
          .filter((member) => member.kind === 'method' && !isPlatformCallback(member.name))
          .map((member) => ({
            name: member.name,
            signature: `${member.name}(${(member.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ')})${member.return?.type?.text ? `: ${member.return.type.text}` : ''}`,
            description: clean(member.description),
          })),
        events: (declaration.events ?? []).filter((event) => event.name).map(({ name, description }) => ({ name, description: clean(description) })),
        slots: (declaration.slots ?? []).map(({ name, description }) => ({ name: name ?? '', description: clean(description) })),
        parts: (declaration.cssParts ?? []).map(({ name, description }) => ({ name, description: clean(description) })),
        cssProperties: (declaration.cssProperties ?? []).map(({ name, description }) => ({ name, description: clean(description) })),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Every `--sd-*` custom property any element reads, with the descriptions it has. */
export function designTokens(elements: ElementApi[]): { name: string; descriptions: string[]; elements: string[] }[] {
  const tokens = new Map<string, { name: string; descriptions: string[]; elements: string[] }>();
  for (const element of elements) {
    for (const { name, description } of element.cssProperties) {
      const token = tokens.get(name) ?? { name, descriptions: [], elements: [] };
      if (description && !token.descriptions.includes(description)) token.descriptions.push(description);
      token.elements.push(element.tag);
      tokens.set(name, token);
    }
  }
  return [...tokens.values()];
}
