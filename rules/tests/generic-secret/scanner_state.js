// Tokenizer states of a small template scanner.
let lastToken = null;
// ok: generic-secret
let lastSignificantToken = "?TemplateInterpolationStart";
function reset() {
  // ok: generic-secret
  lastSignificantToken = "#ExpressionParenthesisEnd";
}
// ruleid: generic-secret
const refreshToken = "rT9xK2mQ7vL4pZ8wN3cH6bY5";
function enterTemplate() {
  // ok: generic-secret
  nextLastSignificantToken = "?InterpolationInJSX";
  // ok: generic-secret
  lastToken = "?ClosingBraceInTemplate";
}
