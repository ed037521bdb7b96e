// Makes stringify-vectors.json: pairs [input JSON text, Buffer.from(JSON.stringify(JSON.parse(input)))
// as text], computed by Node itself, for JsStringifyTest. Regenerate with:
//   node stringify-vectors.js > stringify-vectors.json
// Written for acquire4j; deterministic (a fixed LCG, no Math.random).
const inputs = [
  '{"b":1,"a":2}',
  '{ "b" : 1 ,\n  "2": 2, "1": 3, "01": 4, "4294967294": 5, "4294967295": 6, "-1": 7, "0": 8, "1.5": 9 }',
  '[1.0, 1E3, 1e21, 1e20, 1.5e-7, 0.000001, 1e-7, 123e-20, -0, -0.0, 5e-324, 1.7976931348623157e308]',
  '[0.30000000000000004, 12345678901234567890, 9007199254740993, 2e23, 1e400, -1e400, 100, 0.1]',
  '[1.23456789012345678, 4.35, 0.5e-6, -2.5E+2, 1e-6, 123456789012345680000, 1e-323, 2.2250738585072014E-308]',
  '["a/b", "\\u00e9", "é", "\\u2028\\u2029", "\\u007f", "\\u0000\\u001f\\u000b", "\\b\\f\\n\\r\\t", "\\"\\\\"]',
  '["😀", "\\ud83d\\ude00", "\\ud800", "\\udc00x", "x\\ud800\\ud800\\udc00", "<>&\'", "\\/"]',
  '{"a":[{"1":true,"x":null,"0":false}],"z":{},"y":[]}',
  '[ ]',
  '"just a string"',
  '-42',
];
let seed = 20210330;
function next() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const numbers = [];
for (let k = -1074; k <= 1023; k += 37) numbers.push(Math.pow(2, k));
for (let i = 0; i < 300; i++) {
  const x = (next() - 0.5) * Math.pow(10, Math.floor(next() * 60) - 30);
  numbers.push(x);
}
// Long, non-shortest literals, so the reader must find the shortest digits itself.
inputs.push('[' + numbers.map(x => x.toPrecision(21)).join(',') + ']');
const pairs = inputs.map(text => [text, JSON.stringify(JSON.parse(text))]);
process.stdout.write(JSON.stringify(pairs, null, 1) + '\n');
