/**
 * custom-elements.json is what Storybook's docs, editors and framework users read, so it must
 * describe everything an element really has. This reads each element's source (and the shared
 * modules it imports, such as the theme and the error/loading templates) and checks that every
 * attribute, CSS custom property, part and event found there is in the manifest.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');

interface Named {
  name?: string;
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  name: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as Manifest;
const elements = manifest.modules.flatMap((mod) =>
  (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: mod.path })),
);

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) {
    source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    parsed.set(file, source);
  }
  return source;
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

/** Top-level declarations of a module by name: functions, classes and consts. */
function topLevel(file: string): Map<string, ts.Node> {
  const declarations = new Map<string, ts.Node>();
  for (const statement of parse(file).statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      declarations.set(statement.name.text, statement);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) declarations.set(declaration.name.text, declaration);
      }
    }
  }
  return declarations;
}

/**
 * The code an element can run: its whole file, and from the src/ modules it imports only the
 * declarations it imports (and what those use in their own module), transitively. So an element
 * that imports errorTemplate is not charged with loadingTemplate's parts.
 */
function reachableCode(file: string): ts.Node[] {
  const nodes: ts.Node[] = [];
  const seen = new Set<string>();
  const pending: [string, string | undefined][] = [[file, undefined]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [module, name] = next;
    const key = `${module}#${name ?? '*'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const declarations = topLevel(module);
    const node = name === undefined ? parse(module) : declarations.get(name);
    if (!node) continue;
    nodes.push(node);
    walk(node, (child) => {
      if (ts.isIdentifier(child) && child.text !== name && declarations.has(child.text)) {
        pending.push([module, child.text]);
      }
    });
    const imports = parse(module).statements.filter(ts.isImportDeclaration);
    for (const statement of imports) {
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const bindings = statement.importClause?.namedBindings;
      if (!specifier.startsWith('.') || statement.importClause?.isTypeOnly) continue;
      const target = resolve(dirname(module), specifier.replace(/\.js$/, '.ts'));
      if (!existsSync(target)) continue;
      if (!bindings) {
        pending.push([target, undefined]);
        continue;
      }
      if (!ts.isNamedImports(bindings)) continue;
      for (const element of bindings.elements) {
        const local = element.name.text;
        let used = false;
        walk(node, (child) => (used ||= ts.isIdentifier(child) && child.text === local && child.parent !== element));
        if (used && !element.isTypeOnly) pending.push([target, (element.propertyName ?? element.name).text]);
      }
    }
  }
  return nodes;
}

/**
 * The static text of every template tagged with one of `tags` inside `nodes`; without the error
 * box's retry button unless the element passes a retry callback (see drawsRetry).
 */
function templateText(nodes: ts.Node[], tags: string[]): string {
  const parts: string[] = [];
  const retry = drawsRetry(nodes);
  for (const root of nodes) {
    walk(root, (node) => {
      if (!ts.isTaggedTemplateExpression(node) || !tags.includes(node.tag.getText())) return;
      const template = node.template;
      const text = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template.text]
        : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
      if (!retry && text.some((part) => part.includes('part="retry"'))) return;
      parts.push(...text);
    });
  }
  return parts.join('\n');
}

/**
 * errorTemplate draws its retry button only when given a retry callback (its third argument), so
 * the `retry` part is an element's only if it passes one, or uses feedErrorTemplate.
 */
function drawsRetry(nodes: ts.Node[]): boolean {
  let retry = false;
  for (const root of nodes) {
    walk(root, (node) => {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression.getText();
      retry ||= callee === 'feedErrorTemplate' || (callee === 'errorTemplate' && node.arguments.length > 2);
    });
  }
  return retry;
}

/** Attribute names of the `@property()`s declared in one file (Lit's default: lowercased name). */
function propertyAttributes(file: string): string[] {
  const attributes: string[] = [];
  walk(parse(file), (node) => {
    if (!ts.isPropertyDeclaration(node)) return;
    for (const decorator of ts.getDecorators(node) ?? []) {
      const call = decorator.expression;
      if (!ts.isCallExpression(call) || call.expression.getText() !== 'property') continue;
      const [options] = call.arguments;
      const option =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p) => p.name?.getText() === 'attribute')
          : undefined;
      const value = option && ts.isPropertyAssignment(option) ? option.initializer : undefined;
      if (value?.kind === ts.SyntaxKind.FalseKeyword) continue;
      attributes.push(value && ts.isStringLiteral(value) ? value.text : node.name.getText().toLowerCase());
    }
  });
  return attributes;
}

/** Event names: each event class's `super('name', …)`, across the elements' events.ts files. */
const eventNameOfClass = new Map<string, string>();
for (const { path } of elements) {
  const events = resolve(root, dirname(path), 'events.ts');
  if (!existsSync(events)) continue;
  walk(parse(events), (node) => {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    walk(node, (inner) => {
      if (ts.isCallExpression(inner) && inner.expression.kind === ts.SyntaxKind.SuperKeyword) {
        const [first] = inner.arguments;
        if (first && ts.isStringLiteral(first)) eventNameOfClass.set(node.name!.text, first.text);
      }
    });
  });
}

/** Names of the events an element's own file dispatches: `new XEvent(…)` or `new CustomEvent('…')`. */
function dispatchedEvents(file: string): string[] {
  const names: string[] = [];
  walk(parse(file), (node) => {
    if (!ts.isCallExpression(node) || node.expression.getText() !== 'this.dispatchEvent') return;
    const [event] = node.arguments;
    if (!event || !ts.isNewExpression(event)) return;
    const cls = event.expression.getText();
    const [first] = event.arguments ?? [];
    const name =
      eventNameOfClass.get(cls) ?? (cls === 'CustomEvent' && first && ts.isStringLiteral(first) ? first.text : cls);
    names.push(name);
  });
  return names;
}

/**
 * Class names an element can draw: class="…" in its templates, and the strings and object keys
 * inside its templates' ${} (a ternary or class map picking classes).
 */
function drawnClasses(nodes: ts.Node[]): Set<string> {
  const markup = templateText(nodes, ['html', 'svg', 'staticHtml']);
  const names = [...markup.matchAll(/\bclass="([^"$]*)/g)].flatMap((match) => match[1]!.split(/\s+/));
  for (const root of nodes) {
    walk(root, (node) => {
      if (!ts.isTemplateSpan(node) || !ts.isTaggedTemplateExpression(node.parent.parent)) return;
      walk(node.expression, (inner) => {
        if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) names.push(...inner.text.split(/\s+/));
        if (ts.isPropertyAssignment(inner)) names.push(inner.name.getText().replace(/['"]/g, ''));
      });
    });
  }
  return new Set(names.filter(Boolean));
}

/**
 * The CSS rules that can match something the element draws: the shared theme styles links,
 * buttons, skeletons… on every element, but a rule counts only if each class and tag its selector
 * needs is one the element's templates can draw.
 */
function appliedRules(nodes: ts.Node[]): string {
  const css = templateText(nodes, ['css']).replace(/\/\*[\s\S]*?\*\//g, '').replace(/@[^{]*\{/g, '');
  const markup = templateText(nodes, ['html', 'svg', 'staticHtml']);
  const classes = drawnClasses(nodes);
  const tags = new Set([...markup.matchAll(/<([a-z][a-z0-9-]*)/g)].map((match) => match[1]));
  const matches = (selector: string) =>
    [...selector.matchAll(/\.([a-z][a-z0-9_-]*)/gi)].every((match) => classes.has(match[1]!)) &&
    [...selector.replace(/\([^)]*\)|\[[^\]]*\]|::?[a-z-]+|\.[a-z0-9_-]+/gi, ' ').matchAll(/(?:^|[\s>+~])([a-z][a-z0-9-]*)/g)].every(
      (match) => tags.has(match[1]),
    );
  return [...css.matchAll(/([^{}]*)\{([^{}]*)\}/g)]
    .filter((rule) => rule[1]!.split(',').some((selector) => matches(selector.trim())))
    .map((rule) => rule[2])
    .join('\n');
}

const mapVars = (css: string) => [...css.matchAll(/var\(\s*(--map-[a-z0-9-]+)/g)].map((match) => match[1]!);
const privateVars = (css: string) => [...css.matchAll(/var\(\s*(--_[a-z0-9-]+)/g)].map((match) => match[1]!);

/**
 * The public --map-* properties that change how an element looks. The shared theme turns each into
 * a private --_* token on every host, so a --map-* property counts only when a rule reads it, or
 * reads a --_* token defined from it.
 */
function mapPropertiesRead(css: string): string[] {
  const definitions = new Map<string, string>();
  const rules = css.replace(/(--_[a-z0-9-]+)\s*:([^;}]*)/g, (_whole, name: string, value: string) => {
    definitions.set(name, `${definitions.get(name) ?? ''} ${value}`);
    return '';
  });
  const read = new Set(mapVars(rules));
  const pending = privateVars(rules);
  const seen = new Set<string>();
  for (let token = pending.pop(); token; token = pending.pop()) {
    if (seen.has(token)) continue;
    seen.add(token);
    const value = definitions.get(token) ?? '';
    for (const name of mapVars(value)) read.add(name);
    pending.push(...privateVars(value));
  }
  return [...read];
}

const missing = (found: Iterable<string>, listed: Named[] | undefined) => {
  const names = new Set((listed ?? []).map((item) => item.name));
  return [...new Set(found)].filter((name) => !names.has(name)).sort();
};

describe('custom-elements.json', () => {
  it('lists every element in src/elements (run `npm run analyze` after adding one)', () => {
    const defined = readdirSync(resolve(root, 'src/elements'))
      .filter((name) => existsSync(resolve(root, 'src/elements', name, 'define.ts')))
      .map((name) => `map-${name}`);
    assert.ok(defined.length >= 7, `only ${defined.length} elements found`);
    assert.deepEqual(elements.map((element) => element.tagName).sort(), defined.sort());
  });

  it('leaves out how elements are built (static fields such as shadowRootOptions, lifecycle callbacks)', () => {
    const internal = elements.flatMap((element) =>
      ((element as { members?: { name: string; kind: string; static?: boolean }[] }).members ?? [])
        .filter((member) => member.static || (member.kind === 'method' && member.name.endsWith('Callback')))
        .map((member) => `${element.tagName} ${member.name}`),
    );
    assert.deepEqual(internal, []);
  });

  for (const element of elements) {
    describe(`<${element.tagName}>`, () => {
      const file = resolve(root, element.path);
      const code = reachableCode(file);

      it('has every @property attribute', () => {
        const attributes = propertyAttributes(file);
        assert.ok(attributes.length > 0, 'no @property() found: is the source parsed?');
        assert.deepEqual(missing(attributes, element.attributes), []);
      });

      it('documents every --map-* custom property its styles read as a cssProperty', () => {
        const css = appliedRules(code);
        assert.deepEqual(missing(mapPropertiesRead(css), element.cssProperties), []);
      });

      it('documents every part="…" of its templates as a cssPart', () => {
        const markup = templateText(code, ['html', 'svg', 'staticHtml']);
        const parts = [...markup.matchAll(/\bpart="([^"]*)"/g)].flatMap((match) => match[1]!.split(/\s+/));
        assert.deepEqual(missing(parts.filter(Boolean), element.cssParts), []);
      });

      it('lists every event it dispatches, by name and with its type', () => {
        const dispatched = dispatchedEvents(file);
        assert.deepEqual(missing(dispatched, element.events), []);
        for (const event of element.events ?? []) {
          assert.ok(event.name, `an event without a name: ${JSON.stringify(event)}`);
        }
      });
    });
  }
});

describe('custom-elements.json order', () => {
  it('lists its modules sorted by path, so regenerating it on another machine changes nothing', () => {
    const paths = manifest.modules.map((mod) => mod.path);
    assert.deepEqual(paths, [...paths].sort());
  });
});
