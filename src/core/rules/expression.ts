/**
 * The arithmetic a pack's `equals-expression` rule states (自付金额 × 给付比例, 慰问金 + 帮扶金):
 * numbers, field names, + − × ÷ and brackets, in ASCII or as clerks type them (×, ÷, full-width).
 * A small recursive-descent parser of our own: a pack is data from another unit and is never
 * evaluated as code, and the grammar is four operators — smaller than any expression library.
 */
export type Expression =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "field"; readonly key: string }
  | { readonly kind: "binary"; readonly op: "+" | "-" | "*" | "/"; readonly left: Expression; readonly right: Expression }
  | { readonly kind: "negate"; readonly operand: Expression };

export interface ExpressionProblem {
  readonly zh: string;
  readonly en: string;
}

type Token = { readonly kind: "number"; readonly value: number } | { readonly kind: "name"; readonly text: string } | { readonly kind: "op"; readonly text: string };

const OPERATOR_OF: Readonly<Record<string, string>> = { "+": "+", "-": "-", "−": "-", "*": "*", "×": "*", "/": "/", "÷": "/", "(": "(", ")": ")", "（": "(", "）": ")", "＋": "+", "－": "-", "＊": "*", "／": "/" };
const NAME_START = /[A-Za-z_\u3400-\u9fff]/;
const NAME_PART = /[A-Za-z0-9_\u3400-\u9fff]/;
const DIGIT = /[0-9.]/;

/** `resolve` turns a name (a field key or its label) into a field key, or null when the pack has no such field. */
export function parseExpression(source: string, resolve: (name: string) => string | null): Expression | ExpressionProblem {
  const tokens = tokenize(source.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  if ("zh" in tokens) return tokens;
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const isOp = (token: Token | undefined, ...ops: string[]) => token?.kind === "op" && ops.includes(token.text);
  const fail = (zh: string, en: string): never => {
    throw { zh, en } satisfies ExpressionProblem;
  };
  const sum = (): Expression => {
    let left = product();
    while (isOp(peek(), "+", "-")) {
      const op = (tokens[at++] as { text: "+" | "-" }).text;
      left = { kind: "binary", op, left, right: product() };
    }
    return left;
  };
  const product = (): Expression => {
    let left = unary();
    while (isOp(peek(), "*", "/")) {
      const op = (tokens[at++] as { text: "*" | "/" }).text;
      left = { kind: "binary", op, left, right: unary() };
    }
    return left;
  };
  const unary = (): Expression => {
    if (isOp(peek(), "-")) {
      at++;
      return { kind: "negate", operand: unary() };
    }
    return primary();
  };
  const primary = (): Expression => {
    const token = tokens[at++];
    if (token === undefined) return fail("表达式不完整", "the expression ends too early");
    if (token.kind === "number") return { kind: "number", value: token.value };
    if (token.kind === "name") {
      const key = resolve(token.text);
      return key === null ? fail(`表达式中的“${token.text}”不是本表的字段`, `"${token.text}" in the expression is not a field of this form`) : { kind: "field", key };
    }
    if (token.text === "(") {
      const inner = sum();
      if (!isOp(tokens[at++], ")")) fail("表达式的括号不成对", "the expression's brackets do not pair up");
      return inner;
    }
    return fail(`表达式中“${token.text}”的位置不对`, `"${token.text}" is out of place in the expression`);
  };
  try {
    const expression = sum();
    if (at < tokens.length) fail("表达式结尾有多余的内容", "the expression has something left over at its end");
    return expression;
  } catch (problem) {
    if (typeof problem === "object" && problem !== null && "zh" in problem) return problem as ExpressionProblem;
    throw problem;
  }
}

function tokenize(source: string): Token[] | ExpressionProblem {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c) || c === "\u3000") {
      i++;
    } else if (OPERATOR_OF[c] !== undefined) {
      tokens.push({ kind: "op", text: OPERATOR_OF[c] });
      i++;
    } else if (DIGIT.test(c)) {
      let end = i;
      while (end < source.length && DIGIT.test(source[end])) end++;
      const text = source.slice(i, end);
      const percent = source[end] === "%" || source[end] === "％";
      const value = Number(text);
      if (!Number.isFinite(value) || text === ".") return { zh: `表达式中的数“${text}”无法识别`, en: `the number "${text}" in the expression is not readable` };
      tokens.push({ kind: "number", value: percent ? value / 100 : value });
      i = percent ? end + 1 : end;
    } else if (NAME_START.test(c)) {
      let end = i;
      while (end < source.length && NAME_PART.test(source[end])) end++;
      tokens.push({ kind: "name", text: source.slice(i, end) });
      i = end;
    } else {
      return { zh: `表达式中不能有“${c}”：只能用字段名、数字和 + − × ÷ 及括号`, en: `"${c}" cannot appear in the expression: use field names, numbers, + − × ÷ and brackets` };
    }
  }
  return tokens;
}

/** The fields an expression reads, each once, in order of appearance. */
export function expressionFields(expression: Expression): string[] {
  switch (expression.kind) {
    case "number":
      return [];
    case "field":
      return [expression.key];
    case "negate":
      return expressionFields(expression.operand);
    case "binary":
      return [...new Set([...expressionFields(expression.left), ...expressionFields(expression.right)])];
  }
}

/**
 * How many money factors a value carries: 0 a plain number (给付比例, 2), 1 an amount, or null
 * when the arithmetic mixes them (慰问金 + 0.8, 慰问金 × 帮扶金): such a rule could only compare
 * nonsense, so the pack is refused rather than the rows flagged.
 */
export function moneyDegree(expression: Expression, isMoney: (key: string) => boolean): number | null {
  switch (expression.kind) {
    case "number":
      return 0;
    case "field":
      return isMoney(expression.key) ? 1 : 0;
    case "negate":
      return moneyDegree(expression.operand, isMoney);
    case "binary": {
      const left = moneyDegree(expression.left, isMoney);
      const right = moneyDegree(expression.right, isMoney);
      if (left === null || right === null) return null;
      if (expression.op === "+" || expression.op === "-") return left === right ? left : null;
      const degree = expression.op === "*" ? left + right : left - right;
      return degree === 0 || degree === 1 ? degree : null;
    }
  }
}

/** The value, with each field's value from `valueOf` (money in 分); null when any is missing or a division is by zero. */
export function evaluate(expression: Expression, valueOf: (key: string) => number | null): number | null {
  switch (expression.kind) {
    case "number":
      return expression.value;
    case "field":
      return valueOf(expression.key);
    case "negate": {
      const value = evaluate(expression.operand, valueOf);
      return value === null ? null : -value;
    }
    case "binary": {
      const left = evaluate(expression.left, valueOf);
      if (left === null) return null;
      const right = evaluate(expression.right, valueOf);
      if (right === null) return null;
      switch (expression.op) {
        case "+":
          return left + right;
        case "-":
          return left - right;
        case "*":
          return left * right;
        case "/":
          return right === 0 ? null : left / right;
      }
    }
  }
}

/** The expression as messages show it, each field by its name (自付金额×给付比例). */
export function showExpression(expression: Expression, nameOf: (key: string) => string, parent = 0): string {
  switch (expression.kind) {
    case "number":
      return String(expression.value);
    case "field":
      return nameOf(expression.key);
    case "negate":
      return `-${showExpression(expression.operand, nameOf, 3)}`;
    case "binary": {
      const level = expression.op === "+" || expression.op === "-" ? 1 : 2;
      const shown = `${showExpression(expression.left, nameOf, level)}${{ "+": "+", "-": "-", "*": "×", "/": "÷" }[expression.op]}${showExpression(expression.right, nameOf, level + 0.5)}`;
      return level < parent ? `(${shown})` : shown;
    }
  }
}
