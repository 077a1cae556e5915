import { z } from "zod";
import { connectAccessChoices } from "@/lib/connect/rules";
import { endpointIdSchema } from "@/lib/ovh/endpoints";

const key = (label: string, min: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .min(min, `${label} is too short.`)
    .max(128, `${label} is too long.`)
    .regex(/^[A-Za-z0-9]+$/, `${label} has only letters and digits.`);

export const connectSchema = z.object({
  endpoint: endpointIdSchema,
  applicationKey: key("Application key", 8),
  applicationSecret: key("Application secret", 16),
  consumerKey: key("Consumer key", 16),
});
export type ConnectInput = z.infer<typeof connectSchema>;

/** Connect with an application key and secret only: the dashboard requests the consumer key. */
export const connectRequestSchema = z.object({
  endpoint: endpointIdSchema,
  applicationKey: key("Application key", 8),
  applicationSecret: key("Application secret", 16),
  access: z.enum(connectAccessChoices, { error: "Choose which rules to request." }),
  allowIpEdits: z.boolean().default(false),
});
export type ConnectRequestInput = z.infer<typeof connectRequestSchema>;
