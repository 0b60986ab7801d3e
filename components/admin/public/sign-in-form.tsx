"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";

export function SignInForm(props: {
  notice: string | null;
  initialError: string | null;
  ssoName: string | null;
}) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [error, setError] = useState(props.initialError);
  const [isPending, setIsPending] = useState(false);
  const [isCodeNeeded, setIsCodeNeeded] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setIsPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      totp: String(data.get("totp") ?? ""),
      redirect: false,
    });
    setIsPending(false);
    if (result?.ok && !result.error) {
      router.replace("/admin");
      router.refresh();
      return;
    }
    if (result?.error === "TotpRequired") {
      setIsCodeNeeded(true);
      return;
    }
    const messages: Record<string, string> = {
      Throttled: t("errorThrottled"),
      DemoRefused: t("errorDemoRefused"),
      CredentialsSignin: t("errorInvalid"),
    };
    // Unknown codes (SignInUnavailable, anything unexpected) get the generic text, never the raw value.
    setError(
      result?.error && Object.hasOwn(messages, result.error) ? messages[result.error]! : t("errorGeneric"),
    );
  }

  return (
    <div className="mt-6 max-w-md">
      {props.notice ? <StatusMessage>{props.notice}</StatusMessage> : null}
      {error ? (
        <div role="alert" className="alert mb-4" data-testid="sign-in-error">
          {error}
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <TextField id="email" name="email" type="email" label={t("email")} autoComplete="username" required />
        <TextField
          id="password"
          name="password"
          type="password"
          label={t("password")}
          autoComplete="current-password"
          required
        />
        {isCodeNeeded ? (
          <TextField
            id="totp"
            name="totp"
            label={t("totp")}
            hint={t("totpHint")}
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            required
          />
        ) : null}
        <button type="submit" className="btn" disabled={isPending}>
          {t("submit")}
        </button>
      </form>
      <p className="mt-4">
        <Link href="/admin/forgot-password">{t("forgot")}</Link>
      </p>
      {props.ssoName ? (
        <p className="mt-6">
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => void signIn("oidc", { callbackUrl: "/admin" })}
          >
            {t("sso", { name: props.ssoName })}
          </button>
        </p>
      ) : null}
    </div>
  );
}
