/**
 * Reads an official Alibaba Cloud TypeScript SDK with the TypeScript compiler API: every model
 * class (`static names()`, `static types()`, field doc comments) and every `xxxWithOptions`
 * operation of the Client (its `Params` block, its `query["Wire"] = request.field` lines and its
 * `arrayToStringWithSpecifiedStyle` calls). Structure comes from the syntax tree only; doc
 * comments are kept as text for the doc-facts parser.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { SdkClass, SdkFacts, SdkField, SdkOperation, SdkQueryParam, SdkType } from './types';

export interface SdkLocation {
  /** The package folder, e.g. node_modules/@alicloud/swas-open20200601. */
  readonly packageDir: string;
}

export function readSdk(location: SdkLocation): SdkFacts {
  const pkg = JSON.parse(readFileSync(join(location.packageDir, 'package.json'), 'utf8')) as { name: string; version: string };
  const files = sourceFiles(join(location.packageDir, 'src'));
  const classes = new Map<string, SdkClass>();
  const operations: SdkOperation[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name) continue;
      const name = statement.name.text;
      if (name === 'Client') operations.push(...readOperations(statement, source));
      else {
        const cls = readModelClass(statement, source);
        if (cls) {
          if (classes.has(name)) throw new Error(`${pkg.name}: model class ${name} is declared twice`);
          classes.set(name, cls);
        }
      }
    }
  }
  operations.sort((a, b) => cmp(a.action, b.action));
  return { packageName: pkg.name, packageVersion: pkg.version, classes, operations };
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// Model classes

function readModelClass(node: ts.ClassDeclaration, source: ts.SourceFile): SdkClass | undefined {
  const names = staticObject(node, 'names');
  const types = staticObject(node, 'types');
  if (!names || !types) return undefined;
  const docs = new Map<string, string>();
  for (const member of node.members) {
    if (ts.isPropertyDeclaration(member) && member.name && ts.isIdentifier(member.name)) {
      docs.set(member.name.text, docComment(member, source));
    }
  }
  const typeOf = new Map<string, SdkType>();
  for (const prop of types.properties) {
    if (!ts.isPropertyAssignment(prop)) continue;
    typeOf.set(propertyName(prop.name), readType(prop.initializer, node.name!.text));
  }
  const fields: SdkField[] = [];
  for (const prop of names.properties) {
    if (!ts.isPropertyAssignment(prop) || !ts.isStringLiteralLike(prop.initializer)) continue;
    const name = propertyName(prop.name);
    const type = typeOf.get(name);
    if (!type) throw new Error(`${node.name!.text}.${name}: in names() but not in types()`);
    fields.push({ name, wire: prop.initializer.text, type, doc: docs.get(name) ?? '' });
  }
  return { name: node.name!.text, fields };
}

/** The object literal a `static name() { return {...} }` method returns. */
function staticObject(node: ts.ClassDeclaration, method: string): ts.ObjectLiteralExpression | undefined {
  for (const member of node.members) {
    if (!ts.isMethodDeclaration(member) || !member.body || propertyName(member.name) !== method) continue;
    if (!member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) continue;
    for (const statement of member.body.statements) {
      if (ts.isReturnStatement(statement) && statement.expression && ts.isObjectLiteralExpression(statement.expression)) {
        return statement.expression;
      }
    }
  }
  return undefined;
}

function readType(expr: ts.Expression, where: string): SdkType {
  if (ts.isStringLiteralLike(expr)) {
    const t = expr.text;
    if (t === 'string' || t === 'number' || t === 'boolean' || t === 'any') return { kind: 'scalar', name: t };
    if (t === 'Readable' || t === 'Buffer') return { kind: 'scalar', name: 'any' };
    throw new Error(`${where}: unknown scalar type '${t}'`);
  }
  if (ts.isIdentifier(expr)) return { kind: 'class', name: expr.text };
  if (ts.isPropertyAccessExpression(expr)) return { kind: 'class', name: expr.name.text };
  if (ts.isObjectLiteralExpression(expr)) {
    const props = new Map<string, ts.Expression>();
    for (const p of expr.properties) if (ts.isPropertyAssignment(p)) props.set(propertyName(p.name), p.initializer);
    const kind = props.get('type');
    if (kind && ts.isStringLiteralLike(kind) && kind.text === 'array') return { kind: 'array', items: readType(props.get('itemType')!, where) };
    if (kind && ts.isStringLiteralLike(kind) && kind.text === 'map') return { kind: 'map', value: readType(props.get('valueType')!, where) };
  }
  throw new Error(`${where}: cannot read type ${expr.getText()}`);
}

function propertyName(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isNumericLiteral(name)) return name.text;
  throw new Error(`unsupported property name ${name.getText()}`);
}

/** The text of the `/** … *\/` comment right above a node, with the comment markers removed. */
function docComment(node: ts.Node, source: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const last = [...ranges].reverse().find((r) => source.text.startsWith('/**', r.pos));
  if (!last) return '';
  const raw = source.text.slice(last.pos + 3, last.end - 2);
  return raw
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').replace(/\s+$/, ''))
    .join('\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Operations

function readOperations(client: ts.ClassDeclaration, source: ts.SourceFile): SdkOperation[] {
  const out: SdkOperation[] = [];
  for (const member of client.members) {
    if (!ts.isMethodDeclaration(member) || !member.body) continue;
    const name = propertyName(member.name);
    if (!name.endsWith('WithOptions') || member.parameters.length < 2) continue;
    out.push(readOperation(name.slice(0, -'WithOptions'.length), member, source));
  }
  return out;
}

function readOperation(method: string, node: ts.MethodDeclaration, source: ts.SourceFile): SdkOperation {
  const requestClass = typeName(node.parameters[0].type, method);
  const responseClass = promisedTypeName(node.type, method);
  const shrunk = new Map<string, { field: string; style: 'json' | 'simple' }>();
  const assignments: { wire: string; field: string }[] = [];
  const otherPlacements: string[] = [];
  let params: Record<string, string> | undefined;
  let wholeRequest = false;

  const visit = (n: ts.Node): void => {
    // `let query = OpenApiUtil.query(request.toMap())`: every request field goes in the query
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === 'query' && n.initializer && callsToMap(n.initializer)) {
      wholeRequest = true;
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = n.left;
      if (ts.isElementAccessExpression(left) && ts.isIdentifier(left.expression) && ts.isStringLiteralLike(left.argumentExpression)) {
        const target = left.expression.text;
        const wire = left.argumentExpression.text;
        if (target === 'query' && ts.isPropertyAccessExpression(n.right)) assignments.push({ wire, field: n.right.name.text });
        else if (target === 'query') throw new Error(`${method}: query["${wire}"] is not set from a request field`);
        else otherPlacements.push(`${target}["${wire}"]`);
      } else if (ts.isPropertyAccessExpression(left) && ts.isCallExpression(n.right)) {
        const call = n.right;
        const callee = call.expression;
        if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'arrayToStringWithSpecifiedStyle') {
          const [arg, , style] = call.arguments;
          if (!ts.isPropertyAccessExpression(arg) || !style || !ts.isStringLiteralLike(style)) {
            throw new Error(`${method}: unexpected arrayToStringWithSpecifiedStyle call ${call.getText(source)}`);
          }
          if (style.text !== 'json' && style.text !== 'simple') throw new Error(`${method}: unknown shrink style '${style.text}'`);
          shrunk.set(left.name.text, { field: arg.name.text, style: style.text });
        }
      }
    }
    if (ts.isNewExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'Params') {
      const arg = n.arguments?.[0];
      if (arg && ts.isObjectLiteralExpression(arg)) {
        params = {};
        for (const p of arg.properties) {
          if (ts.isPropertyAssignment(p) && ts.isStringLiteralLike(p.initializer)) params[propertyName(p.name)] = p.initializer.text;
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(node.body!);
  if (!params) throw new Error(`${method}: no Params block`);
  const query: SdkQueryParam[] = assignments.map(({ wire, field }) => {
    const s = shrunk.get(field);
    return s ? { wire, field: s.field, shrink: s.style } : { wire, field };
  });
  return {
    method,
    wholeRequest,
    action: need(params, 'action', method),
    version: need(params, 'version', method),
    httpMethod: need(params, 'method', method),
    pathname: need(params, 'pathname', method),
    style: need(params, 'style', method),
    requestClass,
    responseClass,
    query,
    otherPlacements,
  };
}

/** `OpenApiUtil.query(request.toMap())` */
function callsToMap(expr: ts.Expression): boolean {
  if (!ts.isCallExpression(expr)) return false;
  const arg = expr.arguments[0];
  return !!arg && ts.isCallExpression(arg) && ts.isPropertyAccessExpression(arg.expression) && arg.expression.name.text === 'toMap';
}

function need(params: Record<string, string>, key: string, method: string): string {
  const v = params[key];
  if (v === undefined) throw new Error(`${method}: Params has no '${key}'`);
  return v;
}

function typeName(type: ts.TypeNode | undefined, where: string): string {
  if (type && ts.isTypeReferenceNode(type)) {
    return ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
  }
  throw new Error(`${where}: cannot read the request type`);
}

function promisedTypeName(type: ts.TypeNode | undefined, where: string): string {
  if (type && ts.isTypeReferenceNode(type) && type.typeArguments?.length === 1) return typeName(type.typeArguments[0], where);
  throw new Error(`${where}: cannot read the response type`);
}
