"use client";

import { useEffect } from "react";
import { forgetSessionAction } from "@/app/(dashboard)/_shell/actions";

// A server component cannot clear cookies while rendering, so a page that learned the credential is dead
// asks the server, once, to drop the keys it can no longer use.
export function ForgetEndedSession() {
  useEffect(() => {
    void forgetSessionAction();
  }, []);
  return null;
}
