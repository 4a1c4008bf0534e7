/**
 * Writes the typings that make the public elements typed in React 19 JSX
 * (dist/types/react.d.ts, by @wc-toolkit/jsx-types) and in Vue 3 templates
 * (dist/types/vue.d.ts, by custom-element-vuejs-integration), both generated
 * from dist/custom-elements.json. Part of `npm run build`, after the `.d.ts`
 * files and the manifest; package.json exports them as `hotline-calculator/react`
 * and `hotline-calculator/vue`.
 *
 * Each generator gets a copy of the manifest in which every attribute and
 * property carries `frameworkType`, the type a framework may *write* to it:
 * the class's own property type (`import("./….js").HotlineCalculator["minutes"]`),
 * except where a setter takes something else than its getter returns (the
 * `usage` setter takes an engine `Usage`, its getter returns the resolved usage;
 * `tariffs` takes any document to validate), which the generators, reading
 * the class's property type, would get wrong. Events get their detail types as
 * each generator expects them: `CustomEvent<Detail>` for JSX, the bare detail
 * for Vue, whose generator also writes `on<event name>` as it stands, so it is
 * given the name Vue's own handler props use (`hotline-plan-select` →
 * `onHotlinePlanSelect`, what a template's `@hotline-plan-select` becomes).
 *
 * Exits non-zero when a type a typing needs is not exported from the package
 * entry, so the typings never silently fall back to `any` or `Event`.
 */
import ts from 'typescript';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const root = fileURLToPath(new URL('../../', import.meta.url));
const typesDir = join(root, 'dist/types');

/** Registered, but used only inside `<hotline-calculator>` (its JSDoc says so): no framework typings. */
export const INTERNAL_TAGS: readonly string[] = ['hotline-plan-card'];

/** The files written, relative to dist/types/. */
export const FRAMEWORK_TYPINGS = { react: 'react.d.ts', vue: 'vue.d.ts' } as const;

// The few manifest shapes read here (custom-elements.json, schema 2.x).
interface TypeText {
  text: string;
}
interface Attribute {
  name: string;
  fieldName?: string;
  type?: TypeText;
  frameworkType?: TypeText;
}
interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  type?: TypeText;
  frameworkType?: TypeText;
}
interface EventDoc {
  name: string;
  type?: TypeText;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: EventDoc[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
}
interface Manifest {
  modules: Module[];
}

/** `src/components/x/x.ts` → `./components/x/x.js`, the module's declarations relative to dist/types/. */
export function typesModulePath(sourcePath: string): string {
  return `./${sourcePath.replace(/^\/?src\//, '').replace(/\.ts$/, '.js')}`;
}

/** A reference to a type the package entry exports, from a file in dist/types/. */
const fromEntry = (name: string) => `import("./index.js").${name}`;

/** What the typings need from the compiled declarations: entry exports and setter types. */
class Declarations {
  readonly #checker: ts.TypeChecker;
  readonly #entryExports: Map<string, ts.Symbol>;

  constructor(private readonly program: ts.Program) {
    this.#checker = program.getTypeChecker();
    const entry = program.getSourceFile(join(typesDir, 'index.d.ts'));
    const entrySymbol = entry && this.#checker.getSymbolAtLocation(entry);
    if (!entrySymbol) throw new Error('dist/types/index.d.ts is missing: run the build:types step first');
    this.#entryExports = new Map(
      this.#checker.getExportsOfModule(entrySymbol).map((symbol) => [symbol.name, this.#resolve(symbol)]),
    );
  }

  #resolve(symbol: ts.Symbol): ts.Symbol {
    return symbol.flags & ts.SymbolFlags.Alias ? this.#checker.getAliasedSymbol(symbol) : symbol;
  }

  /** Whether the entry exports `name` (a type or value). */
  exports(name: string): boolean {
    return this.#entryExports.has(name);
  }

  /** The declared property `className[property]` of the element class in `modulePath`. */
  #property(modulePath: string, className: string, property: string): ts.Symbol {
    const file = this.program.getSourceFile(join(typesDir, typesModulePath(modulePath).replace(/\.js$/, '.d.ts')));
    const classSymbol = file && this.#checker.getSymbolAtLocation(file)?.exports?.get(ts.escapeLeadingUnderscores(className));
    if (!classSymbol) throw new Error(`${className} is not exported from the declarations of ${modulePath}`);
    const symbol = this.#checker.getDeclaredTypeOfSymbol(classSymbol).getProperty(property);
    if (!symbol) throw new Error(`${className} has no property ${property}`);
    return symbol;
  }

  /**
   * The type a framework writes to `className[property]`, as a type text
   * valid in dist/types/, when it differs from what reading it gives; else null.
   */
  writeTypeIfDifferent(modulePath: string, className: string, property: string): string | null {
    const symbol = this.#property(modulePath, className, property);
    const typeNode = symbol.declarations?.find(ts.isSetAccessorDeclaration)?.parameters[0]?.type;
    if (!typeNode) return null;
    const read = this.#checker.typeToString(this.#checker.getTypeOfSymbol(symbol));
    const write = this.#checker.typeToString(this.#checker.getTypeFromTypeNode(typeNode));
    if (read === write) return null;
    return this.#entryTypeText(typeNode, `${className}.${property}`);
  }

  /**
   * What an attribute reflecting `className[property]` is given: text, or
   * a number that becomes text, or presence for a boolean.
   */
  attributeValueType(modulePath: string, className: string, property: string): string {
    const type = this.#checker.getNonNullableType(this.#checker.getTypeOfSymbol(this.#property(modulePath, className, property)));
    const all = (flags: ts.TypeFlags) =>
      (type.isUnion() ? type.types : [type]).every((part) => (part.flags & flags) !== 0);
    if (all(ts.TypeFlags.BooleanLike)) return 'boolean';
    if (all(ts.TypeFlags.NumberLike)) return 'number | string';
    return 'string';
  }

  /** Whether `symbol` is declared only by TypeScript's standard library (`lib.*.d.ts`). */
  #isBuiltIn(symbol: ts.Symbol): boolean {
    const declarations = symbol.declarations ?? [];
    return declarations.length > 0 && declarations.every((d) => this.program.isSourceFileDefaultLibrary(d.getSourceFile()));
  }

  /** `node`'s text with each type it names referred to through the package entry. */
  #entryTypeText(node: ts.TypeNode, where: string): string {
    const source = node.getSourceFile();
    const edits: { start: number; end: number; text: string }[] = [];
    const visit = (child: ts.Node) => {
      if (ts.isTypeReferenceNode(child) && ts.isIdentifier(child.typeName)) {
        const name = child.typeName.text;
        const local = this.#checker.getSymbolAtLocation(child.typeName);
        const exported = this.#entryExports.get(name);
        if (local && this.#isBuiltIn(this.#resolve(local))) {
          // `Readonly`, `Record`, `Date`…: the same everywhere.
        } else if (!local || !exported || this.#resolve(local) !== exported) {
          throw new Error(`${where} takes ${name}, which the package entry does not export: export it from src/index.ts`);
        } else {
          edits.push({ start: child.typeName.getStart(source), end: child.typeName.getEnd(), text: fromEntry(name) });
        }
      } else if (ts.isTypeQueryNode(child) || ts.isImportTypeNode(child) || ts.isTypeReferenceNode(child)) {
        throw new Error(`${where}: ${child.getText(source)} is not a type these typings can refer to`);
      }
      ts.forEachChild(child, visit);
    };
    visit(node);
    let text = node.getText(source);
    const offset = node.getStart(source);
    for (const edit of edits.sort((a, b) => b.start - a.start)) {
      text = text.slice(0, edit.start - offset) + edit.text + text.slice(edit.end - offset);
    }
    return text;
  }
}

/** The public elements of `manifest`, each with its module's path. */
function publicElements(manifest: Manifest): { module: Module; element: Declaration }[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((element) => element.customElement && element.tagName && !INTERNAL_TAGS.includes(element.tagName))
      .map((element) => ({ module, element })),
  );
}

/** The detail type of a `CustomEvent<Detail>` event type text, if that is what it is. */
function eventDetail(event: EventDoc): string | null {
  const detail = /^CustomEvent<\s*([A-Za-z_$][\w$]*)\s*>$/.exec(event.type?.text ?? '')?.[1];
  if (event.type?.text && !detail) throw new Error(`event ${event.name}: type ${event.type.text} is not CustomEvent<ExportedDetail>`);
  return detail ?? null;
}

/** `hotline-plan-select` → `HotlinePlanSelect`: Vue's handler prop is `on` + this. */
export function vueEventName(name: string): string {
  return name.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());
}

/** `manifest` with `frameworkType` on every attribute and property of the public elements. */
export function withFrameworkTypes(manifest: Manifest, declarations: Declarations): Manifest {
  const copy: Manifest = structuredClone(manifest);
  for (const { module, element } of publicElements(copy)) {
    const typeOf = (field: string): TypeText => ({
      text:
        declarations.writeTypeIfDifferent(module.path, element.name, field) ??
        `import("${typesModulePath(module.path)}").${element.name}["${field}"]`,
    });
    for (const member of element.members ?? []) {
      if (member.kind !== 'field' || member.static || member.privacy === 'private' || member.privacy === 'protected') continue;
      member.frameworkType = typeOf(member.name);
    }
    for (const attribute of element.attributes ?? []) {
      if (!attribute.fieldName) continue;
      // `minutes` names both, and React and Vue set the property (the element
      // has one of that name); `add-ons` can only be an attribute, whose value is text.
      attribute.frameworkType =
        attribute.name === attribute.fieldName
          ? typeOf(attribute.fieldName)
          : { text: declarations.attributeValueType(module.path, element.name, attribute.fieldName) };
    }
    for (const event of element.events ?? []) {
      const detail = eventDetail(event);
      if (detail && !declarations.exports(detail)) {
        throw new Error(`event ${event.name}: ${detail} is not exported from the package entry: export it from src/index.ts`);
      }
    }
  }
  return copy;
}

/**
 * The React (JSX) copy: events as `CustomEvent<import("./index.js").Detail>`;
 * an attribute named unlike its property stands on its own (the generator
 * would give `add-ons` the type of `addOns`, an array, though React can only
 * set it as an attribute, as text), and the property is listed by itself.
 */
function forJsx(manifest: Manifest): Manifest {
  const copy: Manifest = structuredClone(manifest);
  for (const { element } of publicElements(copy)) {
    for (const attribute of element.attributes ?? []) {
      if (attribute.fieldName && attribute.fieldName !== attribute.name) attribute.fieldName = attribute.name;
    }
    for (const event of element.events ?? []) {
      const detail = eventDetail(event);
      if (detail) event.type = { text: `CustomEvent<${fromEntry(detail)}>` };
    }
  }
  return copy;
}

/**
 * The Vue copy: events named as Vue's handler props and typed by their
 * detail; no read-only properties; a property whose attribute has another
 * name (`addOns`, `add-ons`) listed too, not only its attribute.
 */
function forVue(manifest: Manifest): Manifest {
  const copy: Manifest = structuredClone(manifest);
  for (const { element } of publicElements(copy)) {
    element.members = element.members?.filter((member) => !member.readonly);
    for (const member of element.members ?? []) {
      const attribute = element.attributes?.find((a) => a.fieldName === member.name);
      if (attribute && attribute.name !== member.name) delete (member as { attribute?: string }).attribute;
    }
    for (const event of element.events ?? []) {
      const detail = eventDetail(event);
      event.name = vueEventName(event.name);
      event.type = detail ? { text: fromEntry(detail) } : undefined;
    }
  }
  return copy;
}

/** Class names of the elements left out of the typings. */
function internalClassNames(manifest: Manifest): string[] {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.tagName && INTERNAL_TAGS.includes(d.tagName)).map((d) => d.name),
  );
}

export function writeFrameworkTypes(): void {
  const manifest: Manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
  const roots = [
    join(typesDir, 'index.d.ts'),
    ...publicElements(manifest).map(({ module }) => join(typesDir, typesModulePath(module.path).replace(/\.js$/, '.d.ts'))),
  ];
  const program = ts.createProgram(roots, {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    skipLibCheck: true,
    noEmit: true,
  });
  const typed = withFrameworkTypes(manifest, new Declarations(program));
  const exclude = internalClassNames(manifest);
  const common = { outdir: typesDir, exclude, typesSrc: 'frameworkType' };

  generateJsxTypes(forJsx(typed) as never, {
    ...common,
    fileName: FRAMEWORK_TYPINGS.react,
    useCemTypes: true,
    stronglyTypedEvents: true,
    componentTypePath: (_name: string, _tag?: string, modulePath?: string) => typesModulePath(modulePath ?? ''),
  });
  generateVuejsTypes(forVue(typed) as never, { ...common, fileName: FRAMEWORK_TYPINGS.vue, hideLogs: true });

  for (const file of Object.values(FRAMEWORK_TYPINGS)) {
    if (!existsSync(join(typesDir, file))) throw new Error(`dist/types/${file} was not written`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    writeFrameworkTypes();
  } catch (error) {
    console.error(`framework typings: ${(error as Error).message}`);
    process.exit(1);
  }
}
