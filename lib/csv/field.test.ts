import assert from "node:assert/strict";
import { test } from "node:test";
import { csvDocument, csvField, csvRecord } from "./field";

/**
 * A small RFC 4180 reader, with the delimiter as a parameter: a field is quoted only when its first
 * character is a quote (as spreadsheets read it), so a reader splitting on ";" or tab shows which
 * cells a French or German spreadsheet would make of a comma-separated file.
 */
function readCsv(text: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
      continue;
    }
    if (char === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (char === delimiter) {
      row.push(cell);
      cell = "";
      atFieldStart = true;
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atFieldStart = true;
      i++;
    } else if (char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atFieldStart = true;
    } else {
      cell += char;
      atFieldStart = false;
    }
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const FORMULA = /^[\s"]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

// Every hostile value, and the cell a comma-splitting reader must get back.
const cases: [string, string][] = [
  ["plain", "plain"],
  ["a,b", "a,b"],
  ['backup;=HYPERLINK("http://evil","x")', 'backup;\'=HYPERLINK("http://evil","x")'],
  ["tab\there", "tab\there"],
  ["tab\t=1+1", "tab\t'=1+1"],
  ["line\rbreak", "line\rbreak"],
  ["line\nbreak", "line\nbreak"],
  ["line\r\n@SUM(A1)", "line\r\n'@SUM(A1)"],
  ['say "hi"', 'say "hi"'],
  ["=1+1", "'=1+1"],
  ["+1", "'+1"],
  ["-1", "'-1"],
  ["@SUM(A1)", "'@SUM(A1)"],
  ["\t=1", "'\t'=1"],
  ["\r1", "'\r1"],
  [" =1", "' =1"],
  ["＝1", "'＝1"],
  ["a=b", "a=b"],
  ["", ""],
];

test("each hostile value round-trips in every position of a record", () => {
  for (const [value, expected] of cases) {
    for (const position of [0, 1, 2]) {
      const fields = ["first", "middle", "last"];
      fields[position] = value;
      const [row, ...rest] = readCsv(csvDocument([fields]));
      const want = ["first", "middle", "last"];
      want[position] = expected;
      assert.deepEqual(row, want, `${JSON.stringify(value)} at ${position}`);
      assert.equal(rest.length, 0, `${JSON.stringify(value)} at ${position} made one record`);
    }
  }
});

test("no delimiter a spreadsheet may use yields a cell that starts a formula", () => {
  for (const [value] of cases) {
    for (const position of [0, 1, 2]) {
      const fields = ["first", "middle", "last"];
      fields[position] = value;
      const text = csvDocument([fields]);
      for (const delimiter of [",", ";", "\t"]) {
        for (const cell of readCsv(text, delimiter).flat()) {
          assert.doesNotMatch(
            cell,
            FORMULA,
            `${JSON.stringify(value)} at ${position}, split on ${JSON.stringify(delimiter)}`,
          );
        }
      }
    }
  }
});

test("fields with , ; tab CR LF or a quote are quoted with inner quotes doubled; others are not", () => {
  for (const special of [",", ";", "\t", "\r", "\n", '"']) {
    const field = csvField(`a${special}b`);
    assert.ok(field.startsWith('"') && field.endsWith('"'), JSON.stringify(special));
  }
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField("plain"), "plain");
});

test("numbers, booleans and null are written as cells too", () => {
  assert.equal(csvRecord([42, true, null, -3]), "42,true,,'-3");
  assert.equal(csvDocument([["a"], ["b"]]), "a\r\nb\r\n");
});
