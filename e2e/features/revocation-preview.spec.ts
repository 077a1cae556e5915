import { expect, test } from "../fixtures";

// The preview before a bulk revoke (issue 12, item 6): a summary of what the selection holds and the
// riskiest first, capped, with the rest counted.

test("the bulk revoke preview summarises the selection and lists the 50 riskiest, the rest counted", async ({
  account: _account,
  credentialsPage: credentials,
}) => {
  await credentials.goto();
  await credentials.selectAllMatching();
  const selected = await credentials.selectedCount();
  expect(selected).toBeGreaterThan(50);
  const dialog = await credentials.openBulkRevoke();

  await expect(dialog.summary).toContainText("Still valid with write access");
  await expect(dialog.summary).toContainText("Used in the last 24 hours");
  await expect(dialog.summary).toContainText("Used in the last 7 days");
  await expect(dialog.summaryList("By status")).toContainText("Validated");
  await expect(dialog.summaryList("By finding").getByRole("listitem").first()).toBeVisible();

  const rows = dialog.listed("Credentials to revoke");
  await expect(rows).toHaveCount(50);
  await expect(dialog.notListed(selected - 50)).toBeVisible();
  const first = rows.first().getByRole("link");
  const id = ((await first.textContent()) ?? "").replace("#", "");
  await expect(first).toHaveAttribute("href", `/credentials/${id}`);
});
