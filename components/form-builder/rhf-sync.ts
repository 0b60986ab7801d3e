"use client";
import { useEffect, useRef } from "react";
import type * as z from "zod";
import { canonicalJson } from "@/lib/forms/canonical-answers";

/**
 * Pushes a react-hook-form's values to the builder whenever they are valid and say something new.
 * `values` come from useWatch; `toResult` turns parsed values into the new definition part.
 */
export function useSyncValidValues<TSchema extends z.ZodType, TResult>(
  schema: TSchema,
  values: unknown,
  current: TResult,
  toResult: (parsed: z.output<TSchema>) => TResult,
  onChange: (next: TResult) => void,
): void {
  const latest = useRef({ current, toResult, onChange });
  useEffect(() => {
    latest.current = { current, toResult, onChange };
  });
  useEffect(() => {
    const parsed = schema.safeParse(values);
    if (!parsed.success) return;
    const { current: before, toResult: convert, onChange: emit } = latest.current;
    const next = convert(parsed.data);
    if (canonicalJson(next) !== canonicalJson(before)) emit(next);
  }, [schema, values]);
}
