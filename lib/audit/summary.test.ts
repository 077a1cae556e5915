import assert from "node:assert/strict";
import { test } from "node:test";
import { countByFinding, countByStatus, expiringWithin } from "./summary";
import { daysAgo, daysFromNow, finding, makeView, NOW } from "./test-fixtures";

test("every status is counted, zeros included", () => {
  const views = [makeView(), makeView(), makeView({ status: "refused" })];
  assert.deepEqual(countByStatus(views), { validated: 2, pendingValidation: 0, expired: 0, refused: 1 });
  assert.deepEqual(countByStatus([]), { validated: 0, pendingValidation: 0, expired: 0, refused: 0 });
});

test("findings are counted once per credential", () => {
  const views = [
    makeView({}, { findings: [finding("duplicate"), finding("duplicate"), finding("dormant")] }),
    makeView({}, { findings: [finding("dormant")] }),
  ];
  const counts = countByFinding(views);
  assert.equal(counts.duplicate, 1);
  assert.equal(counts.dormant, 2);
  assert.equal(counts["full-access"], 0);
  assert.equal(Object.keys(counts).length, 15);
});

test("expiring credentials come soonest first with whole days left", () => {
  const inTen = makeView({ expiration: daysFromNow(10.5) });
  const inHours = makeView({ expiration: daysFromNow(0.25) });
  const inThirty = makeView({ expiration: daysFromNow(30) });
  const expiring = expiringWithin([inThirty, inTen, inHours], NOW, 30);
  assert.deepEqual(
    expiring.map((item) => [item.view.credentialId, item.daysLeft]),
    [
      [inHours.credentialId, 0],
      [inTen.credentialId, 10],
      [inThirty.credentialId, 30],
    ],
  );
  assert.equal(expiring[0]?.expiresAt, Date.parse(inHours.expiration ?? ""));
});

test("already expired, never-expiring, far-off and non-validated credentials are not on the timeline", () => {
  const views = [
    makeView({ expiration: daysAgo(1) }),
    makeView({ expiration: null }),
    makeView({ expiration: daysFromNow(31) }),
    makeView({ status: "pendingValidation", expiration: daysFromNow(2) }),
    makeView({ status: "expired", expiration: daysFromNow(2) }),
    makeView({ expiration: "not a date" }),
  ];
  assert.deepEqual(expiringWithin(views, new Date(NOW), 30), []);
});
