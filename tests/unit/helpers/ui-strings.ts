import ts from 'typescript';

/** The functions of utils/ui/i18n.ts that take a message key as their first argument. */
const KEY_FUNCTIONS = new Set(['t', 'tPlural', 'localizeDocument']);

export interface KeyUse {
  line: number;
  fn: string;
  /** The key (for tPlural, the base of its forms); null when it is not a string literal. */
  key: string | null;
  /** Values filled into $1…: t's arguments after the key; tPlural's count and the rest. */
  substitutions: number;
  spread: boolean;
}

export interface HardCodedString {
  line: number;
  text: string;
  why: string;
}

const lineOf = (source: ts.SourceFile, node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

function parse(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** Every call of t, tPlural and localizeDocument in a source file. */
export function keyUses(fileName: string, text: string): KeyUse[] {
  const source = parse(fileName, text);
  const uses: KeyUse[] = [];
  walk(source, (node) => {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || !KEY_FUNCTIONS.has(node.expression.text)) return;
    const [first] = node.arguments;
    uses.push({
      line: lineOf(source, node),
      fn: node.expression.text,
      key: first && ts.isStringLiteralLike(first) ? first.text : null,
      substitutions: node.arguments.length - 1,
      spread: node.arguments.some(ts.isSpreadElement),
    });
  });
  return uses;
}

/** `__MSG_key__` references (manifest, HTML, CSS). */
export function manifestKeyUses(text: string): string[] {
  return [...text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((match) => match[1]!);
}

/** Attributes people read or hear: their values must come from the messages file. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);

const hasLetter = (text: string) => /\p{L}/u.test(text);
/** Two words with a space between: a phrase meant for people. */
const looksLikePhrase = (text: string) => /\p{L}{2,}[^\S\n]+\p{L}/u.test(text);

/** The literal text of a string-like node (a template's fixed parts only). */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return null;
}

/**
 * The string literals an expression can evaluate to, or hand to a function that builds the value
 * (`plural(n, 'entry')`): through brackets, ?:, &&, ||, ??, +, templates, calls and arrow bodies.
 * A t()/tPlural() call contributes only its substitutions, never its key.
 */
function valueStrings(node: ts.Node, found: ts.Node[] = []): ts.Node[] {
  if (literalText(node) !== null) {
    found.push(node);
    if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => valueStrings(span.expression, found));
  } else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) {
    valueStrings(node.expression, found);
  } else if (ts.isConditionalExpression(node)) {
    valueStrings(node.whenTrue, found);
    valueStrings(node.whenFalse, found);
  } else if (ts.isBinaryExpression(node)) {
    // `a && b` shows b; `a || b`, `a ?? b` and `a + b` either side; comparisons show nothing.
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken) valueStrings(node.right, found);
    if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.PlusToken) {
      valueStrings(node.left, found);
      valueStrings(node.right, found);
    }
  } else if (ts.isCallExpression(node)) {
    const keyCall = ts.isIdentifier(node.expression) && KEY_FUNCTIONS.has(node.expression.text);
    node.arguments.slice(keyCall ? 1 : 0).forEach((argument) => valueStrings(argument, found));
    if (ts.isPropertyAccessExpression(node.expression)) valueStrings(node.expression.expression, found);
  } else if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) {
    valueStrings(node.body, found);
  }
  return found;
}

/**
 * Text a component shows that does not come from the messages file:
 * - JSX text with a letter in it;
 * - string values (literal, or built from literals) of JSX children and of the attributes in
 *   VISIBLE_ATTRIBUTES;
 * - anywhere else in the file, a string that reads as a phrase (two words or more), such as a
 *   status message put in state. Import paths, non-visible attributes (class, id, href…), message
 *   keys and console output are not text for people.
 */
export function hardCodedStrings(fileName: string, text: string): HardCodedString[] {
  const source = parse(fileName, text);
  const found: HardCodedString[] = [];
  const reported = new Set<ts.Node>();
  const exempt = new Set<ts.Node>();
  const report = (node: ts.Node, shown: string, why: string) => {
    if (reported.has(node)) return;
    reported.add(node);
    found.push({ line: lineOf(source, node), text: shown.trim(), why });
  };

  walk(source, (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) node.forEachChild((child) => walk(child, (inner) => exempt.add(inner)));
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && KEY_FUNCTIONS.has(callee.text) && node.arguments[0]) exempt.add(node.arguments[0]);
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'console') {
        node.arguments.forEach((argument) => walk(argument, (inner) => exempt.add(inner)));
      }
    }
    if (ts.isJsxText(node) && hasLetter(node.text)) report(node, node.text, 'JSX text');
    if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(source);
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (!value) return;
      const strings = valueStrings(value);
      if (VISIBLE_ATTRIBUTES.has(name)) {
        strings.forEach((string) => hasLetter(literalText(string)!) && report(string, literalText(string)!, `${name} attribute`));
      } else {
        strings.forEach((string) => exempt.add(string));
      }
    }
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      valueStrings(node.expression).forEach((string) => hasLetter(literalText(string)!) && report(string, literalText(string)!, 'JSX child'));
    }
  });
  walk(source, (node) => {
    const literal = literalText(node);
    if (literal !== null && !exempt.has(node) && looksLikePhrase(literal)) report(node, literal, 'phrase');
  });
  return found.sort((a, b) => a.line - b.line);
}
