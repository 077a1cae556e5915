import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeRevocationEvent, encodeRevocationEvent, type RevocationEvent, revocationDecoder } from "./stream";

const events: RevocationEvent[] = [
  { type: "start", total: 3, skippedCurrent: true },
  { type: "result", id: 1, outcome: "revoked" },
  { type: "result", id: 2, outcome: "failed", message: "OVH had a server error.", queryId: "EU.ext-2" },
  { type: "result", id: 3, outcome: "already-gone" },
  { type: "done", total: 3 },
];

test("what the route encodes, the hook decodes, one line per event", () => {
  const text = events.map(encodeRevocationEvent).join("");
  assert.equal(text.split("\n").length, events.length + 1);
  assert.deepEqual(revocationDecoder()(text), events);
});

test("a line split across chunks is read once whole; a stream cut mid-line leaves it unread", () => {
  const text = events.map(encodeRevocationEvent).join("");
  const decode = revocationDecoder();
  const seen = [...text].flatMap((char) => decode(char));
  assert.deepEqual(seen, events);
  const cut = revocationDecoder();
  assert.deepEqual(cut(`${encodeRevocationEvent(events[0] as RevocationEvent)}{"type":"result","id":4,"outc`), [
    events[0],
  ]);
});

test("hostile or malformed lines are dropped, and extra fields do not reach the page", () => {
  const hostile = [
    "not json",
    "null",
    "[]",
    '"start"',
    '{"type":"start","total":"3","skippedCurrent":false}',
    '{"type":"result","id":"1","outcome":"revoked"}',
    '{"type":"result","id":1,"outcome":"hacked"}',
    '{"type":"result","id":1,"outcome":"revoked","message":{"html":"<b>"}}',
    '{"type":"done","total":1e400}',
    '{"type":"__proto__","total":1}',
  ];
  for (const line of hostile) assert.equal(decodeRevocationEvent(line), null, line);
  assert.deepEqual(
    decodeRevocationEvent('{"type":"result","id":5,"outcome":"revoked","__proto__":{"x":1},"extra":1}'),
    {
      type: "result",
      id: 5,
      outcome: "revoked",
    },
  );
  assert.deepEqual(revocationDecoder()(`garbage\n\n${encodeRevocationEvent({ type: "done", total: 0 })}`), [
    { type: "done", total: 0 },
  ]);
});
