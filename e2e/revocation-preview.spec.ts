import { expect, test } from "./fixtures";
import { CredentialsPage } from "./pages/credentials-page";

// The preview before a bulk revoke (issue 12, item 6): a summary of what the selection holds and the
// riskiest first, capped, with the rest counted.

test("the bulk revoke preview summarises the selection and lists the 50 riskiest, the rest counted", async ({
  page,
  account: _account,
}) => {
  const credentials = new CredentialsPage(page);
  await credentials.goto();
  await page.getByRole("button", { name: /^Select all \d+ matching$/ }).click();
  const revoke = page.getByRole("button", { name: /^Revoke selected \(\d+\)$/ });
  const selected = Number(/\((\d+)\)/.exec((await revoke.textContent()) ?? "")?.[1]);
  expect(selected).toBeGreaterThan(50);
  const dialog = await credentials.openBulkRevoke();

  const summary = dialog.getByRole("region", { name: "Summary" });
  await expect(summary).toContainText("Still valid with write access");
  await expect(summary).toContainText("Used in the last 24 hours");
  await expect(summary).toContainText("Used in the last 7 days");
  await expect(summary.getByRole("list", { name: "By status" })).toContainText("Validated");
  await expect(summary.getByRole("list", { name: "By finding" }).getByRole("listitem").first()).toBeVisible();

  const rows = dialog.getByRole("list", { name: "Credentials to revoke" }).getByRole("listitem");
  await expect(rows).toHaveCount(50);
  await expect(dialog.getByText(`and ${selected - 50} more`)).toBeVisible();
  const first = rows.first().getByRole("link");
  const id = ((await first.textContent()) ?? "").replace("#", "");
  await expect(first).toHaveAttribute("href", `/credentials/${id}`);
});
