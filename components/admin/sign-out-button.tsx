"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="btn btn-secondary"
      onClick={() => void signOut({ callbackUrl: "/admin/sign-in?signedOut=1" })}
    >
      {label}
    </button>
  );
}
