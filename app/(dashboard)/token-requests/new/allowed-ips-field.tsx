"use client";

import { Label } from "@/components/ui/input";
import { isAnyAddress, parseIpList } from "@/lib/allowed-ips/ip-blocks";
import { cn } from "@/lib/ui/cn";

type Props = { value: string; onChange: (value: string) => void; hint?: string; serverError?: string };

/** IPv4/IPv6 addresses and CIDR ranges, checked as they are typed and shown as OVH will receive them. */
export function AllowedIpsField({ value, onChange, hint, serverError }: Props) {
  const { ips, errors } = parseIpList(value);
  const anyAddress = ips.filter(isAnyAddress);
  const invalid = errors.length > 0 || Boolean(serverError);
  return (
    <div className="space-y-1">
      <Label htmlFor="allowed-ips">Allowed IPs</Label>
      <textarea
        id="allowed-ips"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        rows={3}
        spellCheck={false}
        placeholder={"203.0.113.7\n2001:db8::/48"}
        aria-describedby="allowed-ips-hint allowed-ips-errors"
        aria-invalid={invalid || undefined}
        className={cn(
          "w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm shadow-xs",
          "focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30 aria-invalid:border-red-500",
        )}
      />
      <p id="allowed-ips-hint" className="text-xs text-slate-600">
        Addresses or CIDR ranges, separated by spaces, commas or lines. Empty means the key works from anywhere.
        {hint && <span className="block text-slate-700">{hint}</span>}
        {ips.length > 0 && (
          <span className="block">
            Sent as: <span className="font-mono break-all">{ips.join(", ")}</span>
          </span>
        )}
      </p>
      <div id="allowed-ips-errors" aria-live="polite" className="text-sm">
        {serverError && <p className="text-red-700">{serverError}</p>}
        {errors.slice(0, 5).map((error) => (
          <p key={error.input} className="text-red-700">
            <span className="font-mono break-all">{error.input}</span>: {error.error}
          </p>
        ))}
        {anyAddress.length > 0 && (
          <p className="text-amber-800">
            <span className="font-mono">{anyAddress.join(", ")}</span> allows every address, which restricts nothing.
          </p>
        )}
      </div>
    </div>
  );
}
