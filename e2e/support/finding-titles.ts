// The finding titles the specs click, in one place: the audit's catalogue names them (lib/audit), and a
// rename there is one edit here.
export const findingTitle = {
  fullAccess: /Full access/,
  foreignApplication: /Foreign application/,
} as const;
