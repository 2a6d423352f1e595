"use client";
// A button that opens a dialog holding a SimpleForm (rename, invite, ...).
import { useState } from "react";
import { Button, Dialog, type ButtonProps } from "@/components/ui";
import { SimpleForm } from "./simple-form";

type FormProps<O> = Omit<Parameters<typeof SimpleForm<O>>[0], "onCancel" | "inline">;

export function FormDialog<O>({
  label,
  ariaLabel,
  title,
  description,
  variant = "secondary",
  size = "sm",
  ...form
}: FormProps<O> & {
  label: string;
  ariaLabel?: string;
  title: string;
  description?: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} size={size} aria-label={ariaLabel} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title} description={description}>
        <SimpleForm<O>
          {...form}
          onCancel={() => setOpen(false)}
          onDone={(data) => {
            setOpen(false);
            form.onDone?.(data);
          }}
        />
      </Dialog>
    </>
  );
}
