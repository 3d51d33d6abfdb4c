// Where JSON text first breaks the JSON grammar. JSON.parse says "at position N" for most mistakes but not all
// ("Unexpected token 'K', ... is not valid JSON", "Unexpected end of JSON input"), and its wording changes between
// Node versions; an analyst fixing a pack by hand needs the line and column every time.

/** Thrown inside the scanner at the first character the grammar does not allow. */
class Break {
  constructor(readonly offset: number) {}
}

const HEX = /[0-9a-fA-F]/;
const ESCAPED = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const LITERALS = ["true", "false", "null"];

/** The offset of the first character that is not valid JSON (the text's length when it ends too early), or null. */
export function jsonSyntaxBreak(text: string): number | null {
  let i = 0;
  const fail = (at = i): never => {
    throw new Break(Math.min(at, text.length));
  };
  const skip = (): void => {
    while (i < text.length && " \t\r\n".includes(text[i]!)) i++;
  };
  const expect = (c: string): void => {
    skip();
    if (text[i] !== c) fail();
    i++;
  };
  const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
  /** One or more digits; none is a break where the first was expected. */
  const digits = (): void => {
    if (!isDigit(text[i])) fail();
    while (isDigit(text[i])) i++;
  };
  const number = (): void => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++; // a leading zero stands alone: "01" breaks at the 1
    else digits();
    if (text[i] === ".") {
      i++;
      digits();
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      digits();
    }
  };
  const string = (): void => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail();
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) fail();
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          for (let k = i + 2; k < i + 6; k++) if (!HEX.test(text[k] ?? "")) fail(k);
          i += 6;
          continue;
        }
        if (e === undefined || !ESCAPED.has(e)) fail(i + 1);
        i += 2;
        continue;
      }
      i++;
    }
    i++;
  };
  const value = (): void => {
    skip();
    const c = text[i];
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      skip();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === "{") {
          skip();
          if (text[i] !== '"') fail();
          string();
          expect(":");
        }
        value();
        skip();
        if (text[i] === close) break;
        if (text[i] !== ",") fail();
        i++;
      }
      i++;
    } else if (c === '"') {
      string();
    } else if (c === "-" || isDigit(c)) {
      number();
    } else {
      const word = LITERALS.find((w) => w[0] === c);
      if (!word) fail();
      for (let k = 0; k < word!.length; k++, i++) if (text[i] !== word![k]) fail();
    }
  };
  try {
    value();
    skip();
    if (i < text.length) fail();
    return null;
  } catch (err) {
    if (err instanceof Break) return err.offset;
    throw err;
  }
}

/** 1-based line and column of an offset in the text. */
export function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: offset - lastBreak };
}
