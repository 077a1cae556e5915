import assert from "node:assert/strict";
import { test } from "node:test";
import { checkFormActionPost, MAX_FORM_PARTS, namesAnAction } from "./form-action-payload";

const id = "6091337ab533326945407424b3209b86e1ce67e5a6";
const descriptor = (bound: string | null) => JSON.stringify({ id, bound });
const check = (fields: Record<string, FormDataEntryValue>) => checkFormActionPost(Object.entries(fields));

test("what React renders for a form action passes", () => {
  assert.equal(check({ [`$ACTION_ID_${id}`]: "", applicationKey: "x" }), null);
  assert.equal(
    check({
      $ACTION_REF_1: "",
      "$ACTION_1:0": descriptor("$@1"),
      "$ACTION_1:1": '[{"status":"idle"}]',
      $ACTION_KEY: "k3454605174",
      endpoint: "emulator",
      applicationKey: "AK",
    }),
    null,
  );
  assert.equal(check({ $ACTION_REF_1: "", "$ACTION_1:0": descriptor(null) }), null);
});

test("self, cyclic and other references in the bound arguments are refused", () => {
  for (const bound of [
    '"$@1"',
    '["$@1"]',
    '["$1"]',
    '"$1"',
    '"$Q1"',
    '"$W1"',
    '["$h1"]',
    '{"a":"$1:a"}',
    "$@1",
    "[]]",
  ]) {
    const problem = check({ $ACTION_REF_1: "", "$ACTION_1:0": descriptor("$@1"), "$ACTION_1:1": bound });
    assert.equal(problem?.status, 400, bound);
  }
});

test("descriptors other than React's are refused", () => {
  for (const value of [
    "{bad",
    JSON.stringify({ id, bound: "$@0" }),
    JSON.stringify({ id, bound: "$1" }),
    JSON.stringify({ id: "zz", bound: null }),
    JSON.stringify({ id, bound: null, extra: 1 }),
    JSON.stringify([id]),
    JSON.stringify({ __proto__: null, id, bound: "$@2" }),
  ]) {
    assert.equal(check({ $ACTION_REF_1: "", "$ACTION_1:0": value, "$ACTION_1:1": "[]" })?.status, 400, value);
  }
  assert.equal(check({ $ACTION_REF_1: "" })?.status, 400);
  assert.equal(check({ $ACTION_REF_1: "", "$ACTION_1:0": descriptor("$@1") })?.status, 400);
});

test("files, unknown $ACTION_ fields, repeated fields, long keys and too many parts are refused", () => {
  assert.equal(check({ [`$ACTION_ID_${id}`]: "", upload: new File(["x"], "a.txt") })?.status, 400);
  assert.equal(check({ [`$ACTION_ID_${id}`]: "", "$ACTION_1:0": "[]" })?.status, 400);
  assert.equal(check({ [`$ACTION_ID_${id}`]: "", $ACTION_OTHER: "" })?.status, 400);
  assert.equal(check({ [`$ACTION_ID_${id}`]: "x" })?.status, 400);
  assert.equal(check({ $ACTION_ID_zz: "" })?.status, 400);
  assert.equal(check({ [`$ACTION_ID_${id}`]: "", $ACTION_KEY: "x".repeat(5000) })?.status, 400);
  const repeated: [string, string][] = [
    [`$ACTION_ID_${id}`, ""],
    [`$ACTION_ID_${id}`, ""],
  ];
  assert.equal(checkFormActionPost(repeated)?.status, 400);
  const many = Object.fromEntries(Array.from({ length: MAX_FORM_PARTS }, (_, i) => [`f${i}`, "x"]));
  assert.equal(check({ [`$ACTION_ID_${id}`]: "", ...many })?.status, 400);
  const deep = `[${"[".repeat(100)}${"]".repeat(100)}]`;
  assert.equal(check({ $ACTION_REF_1: "", "$ACTION_1:0": descriptor("$@1"), "$ACTION_1:1": deep })?.status, 400);
});

test("namesAnAction spots any $ACTION_ field", () => {
  assert.equal(namesAnAction(["a", "$ACTION_ID_x"]), true);
  assert.equal(namesAnAction(["a", "b"]), false);
});
