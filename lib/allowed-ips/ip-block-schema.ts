import { z } from "zod";
import { parseIpBlock } from "./ip-blocks";

// The zod face of parseIpBlock, for server-side input schemas. It lives apart from ip-blocks.ts
// because client components import that file, and a schema built at module level kept zod
// (about 100 KB) in their bundles.
export const ipBlockSchema = z.string().transform((input, ctx) => {
  const result = parseIpBlock(input);
  if (result.ok) return result.value;
  ctx.addIssue({ code: "custom", message: result.error, input });
  return z.NEVER;
});
